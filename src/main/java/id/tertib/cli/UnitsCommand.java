package id.tertib.cli;

import id.tertib.app.ImportAction;
import id.tertib.app.UnitImport;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "units", mixinStandardHelpOptions = true,
        subcommands = {UnitsCommand.Import.class, UnitsCommand.ListUnits.class})
final class UnitsCommand {

    @ParentCommand
    Cli root;

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        UnitsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.unitFile")
        Path file;

        @Option(names = "--yes", descriptionKey = "cli.help.yes")
        boolean yes;

        @Override
        public Integer call() {
            Cli root = parent.root;
            UnitImport.Preview preview = root.tertib().unitImport().preview(file);
            String summary = root.i18n().get("cli.import.unitPreview", preview.count(ImportAction.INSERT),
                    preview.count(ImportAction.UPDATE), preview.count(ImportAction.UNCHANGED));
            long toWrite = preview.lines().size() - preview.count(ImportAction.UNCHANGED);
            return ImportFlow.run(root, spec.commandLine().getOut(), yes,
                    new ImportFlow.Preview(summary, preview.issues(), toWrite),
                    () -> root.i18n().get("cli.import.unitsDone", root.tertib().unitImport().commit(preview)));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUnits implements Callable<Integer> {
        @ParentCommand
        UnitsCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            UnitTree tree = parent.root.tertib().units().tree();
            PrintWriter out = spec.commandLine().getOut();
            for (Unit u : tree.depthFirst()) {
                out.println("  ".repeat(tree.depth(u.id())) + u.code() + "  " + u.name());
            }
            return Cli.OK;
        }
    }
}
