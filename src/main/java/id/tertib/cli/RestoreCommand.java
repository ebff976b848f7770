package id.tertib.cli;

import id.tertib.app.BackupCheck;
import id.tertib.app.DamagedDatabaseException;
import id.tertib.app.I18n;
import id.tertib.app.Recovery;
import id.tertib.app.RestoreResult;
import id.tertib.app.Tertib;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tertib restore FILE [--yes]}: checks the backup, asks, keeps a copy of the current database in the
 * backups folder, restores and migrates. Also repairs a database the start-up check found damaged.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.restoreFile")
    Path file;

    @Option(names = "--yes", descriptionKey = "cli.help.restoreYes")
    boolean yes;

    @Override
    public Integer call() {
        Tertib open;
        try {
            open = root.tertib();
        } catch (DamagedDatabaseException e) {
            open = null; // the restore below is the repair
        }
        if (open != null) {
            open.requireWritable();
        }
        BackupCheck check = open != null ? open.backups().check(file) : Recovery.check(file);
        I18n i18n = root.i18n();
        PrintWriter out = spec.commandLine().getOut();
        Path db = root.databaseFile();
        if (!yes && !root.confirm(out, i18n.get("cli.restore.confirm", db, check.file()))) {
            out.println(i18n.get("cli.restore.cancelled"));
            return Cli.CANCELLED;
        }
        RestoreResult result = open != null ? open.backups().restore(check.file())
                : Recovery.restoreDamaged(db, check.file(), root.clock());
        out.println(i18n.get("cli.restore.done", result.restoredFrom(), result.previousCopy()));
        return Cli.OK;
    }
}
