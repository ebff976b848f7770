package id.tertib.cli;

import id.tertib.app.DemoService;
import id.tertib.app.ImportProgress;
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

    @Option(names = "--no-attendance", descriptionKey = "cli.help.noAttendance")
    boolean noAttendance;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DemoService.Result result = noAttendance ? root.tertib().demo().fill(seed, employees)
                : root.tertib().demo().fillWithAttendance(seed, employees, ImportProgress.NONE);
        // From here the database has accounts; what is printed needs no sign-in.
        var out = spec.commandLine().getOut();
        out.println(root.i18n().get("cli.demoDone", result.units(), result.employees(),
                root.opened().databaseFile(), DemoService.DEMO_PASSWORD));
        if (!noAttendance) {
            out.println(root.i18n().get("cli.demoAttendance", result.holidays(), result.punches(), result.days(),
                    result.tk(), root.i18n().date(result.from()), root.i18n().date(result.to()), result.trips()));
        }
        return Cli.OK;
    }
}
