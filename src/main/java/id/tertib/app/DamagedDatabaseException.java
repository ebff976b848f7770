package id.tertib.app;

import id.tertib.domain.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The start-up check ({@code PRAGMA quick_check}) found the database damaged. Carries the newest backup that
 * passed a full integrity check, so the GUI can offer it and the CLI can name it with the restore command.
 */
public final class DamagedDatabaseException extends AppException {

    private final transient Path databaseFile;
    private final transient Backup goodBackup;

    DamagedDatabaseException(Path databaseFile, Optional<Backup> goodBackup, Throwable cause) {
        super(List.of(problem(databaseFile, goodBackup)), cause);
        this.databaseFile = databaseFile;
        this.goodBackup = goodBackup.orElse(null);
    }

    private static Problem problem(Path db, Optional<Backup> backup) {
        return backup.map(b -> Problem.of(null, "app.damaged.withBackup", db, b.file(), restoreCommand(db, b.file())))
                .orElseGet(() -> Problem.of(null, "app.damaged.noBackup", db, BackupFolder.of(db)));
    }

    /** The command that restores {@code backup} into {@code db}, quoted for cmd.exe and POSIX shells alike. */
    static String restoreCommand(Path db, Path backup) {
        return "tertib --db \"" + db + "\" restore \"" + backup + "\"";
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** The newest backup that passed the integrity check, newest first; empty when none did. */
    public Optional<Backup> goodBackup() {
        return Optional.ofNullable(goodBackup);
    }
}
