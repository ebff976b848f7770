package id.tertib.cli;

import id.tertib.app.I18n;
import id.tertib.app.TravelImport;
import id.tertib.app.TravelService;
import id.tertib.app.TravelTexts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Official travel: importing Surat Tugas from a file, and the reconciliation report of conflicts. */
@Command(name = "travel", mixinStandardHelpOptions = true, subcommands = {TravelCommand.Import.class,
    TravelCommand.Conflicts.class})
final class TravelCommand {

    @ParentCommand
    Cli root;

    /** {@code tertib travel import FILE.csv [--yes]}: preview, every bad row with its column, then store. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        TravelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.travelFile")
        Path file;

        @Option(names = "--yes", descriptionKey = "cli.help.yes")
        boolean yes;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            TravelImport travel = root.tertib().travelImport();
            TravelImport.Preview preview = travel.preview(file);
            StringBuilder summary = new StringBuilder(i18n.get("cli.travel.importPreview", preview.lines().size(),
                    preview.conflicts()));
            for (TravelImport.Line line : preview.lines()) {
                for (TravelService.ConflictEntry c : line.conflicts()) {
                    summary.append(System.lineSeparator()).append("  ").append(i18n.get("import.where.row",
                            line.row())).append(": ").append(TravelTexts.describe(c, i18n));
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            return ImportFlow.run(root, out, yes, new ImportFlow.Preview(summary.toString(), preview.issues(),
                    preview.lines().size()), () -> {
                        TravelImport.Summary done = travel.commit(preview);
                        return i18n.get("cli.travel.importDone", done.stored(), done.conflicts());
                    });
        }
    }

    /** {@code tertib travel conflicts --from DATE --to DATE [--format csv|json]}. */
    @Command(name = "conflicts", mixinStandardHelpOptions = true)
    static final class Conflicts implements Callable<Integer> {
        @ParentCommand
        TravelCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "cli.help.from")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "cli.help.to")
        String to;

        @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", descriptionKey = "cli.help.reportFormat")
        String format;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            LocalDate[] period = Formats.period(spec, i18n, from, to);
            Formats.Output output = Formats.output(spec, i18n, format);
            TravelService travel = root.tertib().travel();
            List<TravelService.ConflictEntry> conflicts = travel.conflicts(period[0], period[1]);
            PrintWriter out = spec.commandLine().getOut();
            if (output == Formats.Output.JSON) {
                travel.writeConflictsJson(conflicts, out);
            } else {
                travel.writeConflictsCsv(conflicts, out);
            }
            out.flush();
            return Cli.OK;
        }
    }
}
