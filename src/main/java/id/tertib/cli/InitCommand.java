package id.tertib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Creates the first administrator of a database that has no accounts yet. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--admin", paramLabel = "NAME", required = true, descriptionKey = "cli.help.admin")
    String admin;

    @Option(names = "--full-name", paramLabel = "TEXT", descriptionKey = "cli.help.fullName")
    String fullName;

    @Override
    public Integer call() {
        String password = root.secret(Cli.PASSWORD_VARIABLE, "cli.newPasswordPrompt");
        var created = root.opened().auth().createFirstAdmin(admin, fullName, password);
        spec.commandLine().getOut().println(root.i18n().get("cli.initDone", created.name(), root.opened().databaseFile()));
        return Cli.OK;
    }
}
