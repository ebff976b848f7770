package id.tertib.cli;

import id.tertib.app.CalendarService;
import id.tertib.app.I18n;
import id.tertib.app.ImportAction;
import id.tertib.domain.attendance.Holiday;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The working calendar: import holidays and cuti bersama, list them. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        subcommands = {CalendarCommand.Import.class, CalendarCommand.ListHolidays.class})
final class CalendarCommand {

    @ParentCommand
    Cli root;

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.calendarFile")
        Path file;

        @Option(names = "--yes", descriptionKey = "cli.help.yes")
        boolean yes;

        @Override
        public Integer call() {
            Cli root = parent.root;
            CalendarService calendar = root.tertib().calendar();
            CalendarService.Preview preview = calendar.preview(file);
            String summary = root.i18n().get("cli.import.calendarPreview", preview.count(ImportAction.INSERT),
                    preview.count(ImportAction.UPDATE), preview.count(ImportAction.UNCHANGED));
            long toWrite = preview.lines().size() - preview.count(ImportAction.UNCHANGED);
            return ImportFlow.run(root, spec.commandLine().getOut(), yes,
                    new ImportFlow.Preview(summary, preview.issues(), toWrite),
                    () -> root.i18n().get("cli.import.calendarDone", calendar.commit(preview)));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListHolidays implements Callable<Integer> {
        @ParentCommand
        CalendarCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.help.year")
        Integer year;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            CalendarService calendar = root.tertib().calendar();
            PrintWriter out = spec.commandLine().getOut();
            List<Integer> years = calendar.years();
            if (years.isEmpty()) {
                out.println(i18n.get("cli.calendarNoYears"));
                return Cli.OK;
            }
            out.println(i18n.get("cli.calendarYears",
                    years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            for (int y : year == null ? years : List.of(year)) {
                for (Holiday h : calendar.holidays(y)) {
                    out.printf("%-12s %-16s %s%n", i18n.date(h.date()), i18n.label(h.kind()), h.name());
                }
            }
            return Cli.OK;
        }
    }
}
