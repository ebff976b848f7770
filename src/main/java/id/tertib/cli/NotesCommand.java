package id.tertib.cli;

import id.tertib.app.PerformanceService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tertib notes import FILE.csv [--yes]}: performance notes from a file (nip,date,kind,values,text,author). */
@Command(name = "notes", mixinStandardHelpOptions = true, subcommands = NotesCommand.Import.class)
final class NotesCommand {

    @ParentCommand
    Cli root;

    /** Preview, every bad row with its column, then store the good ones (after confirming, or with --yes). */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        NotesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.notesFile")
        Path file;

        @Option(names = "--yes", descriptionKey = "cli.help.yes")
        boolean yes;

        @Override
        public Integer call() {
            Cli root = parent.root;
            PerformanceService performance = root.tertib().performance();
            PerformanceService.Preview preview = performance.previewImport(file);
            PrintWriter out = spec.commandLine().getOut();
            return ImportFlow.run(root, out, yes, new ImportFlow.Preview(root.i18n().get("cli.notes.preview",
                    preview.notes().size()), preview.issues(), preview.notes().size()),
                    () -> root.i18n().get("cli.notes.done", performance.commitImport(preview)));
        }
    }
}
