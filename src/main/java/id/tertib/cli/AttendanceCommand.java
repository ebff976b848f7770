package id.tertib.cli;

import id.tertib.app.DailyImport;
import id.tertib.app.I18n;
import id.tertib.app.ImportAction;
import id.tertib.domain.attendance.MonthlyRecap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Attendance: machine imports ({@link AttendanceImportCommand}), the monthly recap as a file, and daily records from
 * another system. Each subcommand is its own small class listed below; a new one is one more class and one entry.
 */
@Command(name = "attendance", mixinStandardHelpOptions = true, subcommands = {AttendanceImportCommand.class,
    AttendanceCommand.Recap.class, AttendanceCommand.ImportDaily.class})
final class AttendanceCommand {

    @ParentCommand
    Cli root;

    @Command(name = "recap", mixinStandardHelpOptions = true)
    static final class Recap implements Callable<Integer> {
        @ParentCommand
        AttendanceCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", descriptionKey = "cli.help.month")
        String month;

        @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "cli.help.recapUnit")
        String unitCode;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.help.recapOut")
        Path out;

        @Option(names = "--place", paramLabel = "TEXT", descriptionKey = "cli.help.place")
        String place;

        @Option(names = "--force", descriptionKey = "cli.help.force")
        boolean force;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            YearMonth yearMonth = parseMonth(spec, i18n, month);
            Long unitId = root.unitId(root.tertib().units().list(), unitCode);
            root.tertib().outputs().require(out, force);
            MonthlyRecap recap = root.tertib().recap().export(unitId, yearMonth, out, i18n.locale(),
                    place == null ? "" : place);
            spec.commandLine().getOut().println(i18n.get("cli.recapDone", i18n.month(yearMonth), recap.rows().size(),
                    out.toAbsolutePath()));
            return Cli.OK;
        }
    }

    /** "2026-11"; anything else is a usage error (exit 2) that says what to write. */
    static YearMonth parseMonth(CommandSpec spec, I18n i18n, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), i18n.get("cli.badMonth", text));
        }
    }

    @Command(name = "import-daily", mixinStandardHelpOptions = true)
    static final class ImportDaily implements Callable<Integer> {
        @ParentCommand
        AttendanceCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.dailyFile")
        Path file;

        @Option(names = "--yes", descriptionKey = "cli.help.yes")
        boolean yes;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            DailyImport daily = root.tertib().dailyImport();
            DailyImport.Preview preview = daily.preview(file);
            StringBuilder summary = new StringBuilder(i18n.get("cli.import.dailyPreview",
                    preview.count(ImportAction.INSERT), preview.count(ImportAction.UPDATE),
                    preview.count(ImportAction.UNCHANGED), preview.skipped().size()));
            for (DailyImport.Skipped s : preview.skipped()) {
                summary.append(System.lineSeparator()).append("  ").append(i18n.get("import.where.row", s.row()))
                        .append(": ").append(i18n.get("cli.import.dailySkipped", s.employee().number(),
                                s.kept().date(), s.kept().code()));
            }
            PrintWriter out = spec.commandLine().getOut();
            return ImportFlow.run(root, out, yes, new ImportFlow.Preview(summary.toString(), preview.issues(),
                    preview.toWrite()), () -> {
                        DailyImport.Summary done = daily.commit(preview);
                        return i18n.get("cli.import.dailyDone", done.inserted(), done.replaced(), done.skipped());
                    });
        }
    }
}
