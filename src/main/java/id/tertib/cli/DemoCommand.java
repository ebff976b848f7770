package id.tertib.cli;

import id.tertib.app.DemoService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "cli.help.seed")
    long seed = DemoService.DEFAULT_SEED;

    @Option(names = "--employees", paramLabel = "N", descriptionKey = "cli.help.employees")
    int employees = DemoService.DEFAULT_EMPLOYEES;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DemoService.Result result = root.tertib().demo().fill(seed, employees);
        // From here the database has accounts; what is printed needs no sign-in.
        spec.commandLine().getOut().println(root.i18n().get("cli.demoDone", result.units(), result.employees(),
                root.opened().databaseFile(), DemoService.DEMO_PASSWORD));
        return Cli.OK;
    }
}
