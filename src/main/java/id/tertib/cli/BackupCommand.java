package id.tertib.cli;

import id.tertib.app.Backup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tertib backup --out FILE}: an online backup of the database, also while another Tertib writes. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.help.backupOut")
    Path out;

    @Option(names = "--force", descriptionKey = "cli.help.force")
    boolean force;

    @Override
    public Integer call() {
        root.tertib().outputs().require(out, force);
        Backup backup = root.tertib().backups().backupTo(out);
        spec.commandLine().getOut().println(root.i18n().get("cli.backup.done", backup.file(),
                root.i18n().fileSize(backup.bytes())));
        return Cli.OK;
    }
}
