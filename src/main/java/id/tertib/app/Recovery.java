package id.tertib.app;

import id.tertib.store.Database;
import id.tertib.store.DatabaseLock;
import id.tertib.store.PrivateFiles;
import id.tertib.store.SqliteFiles;
import id.tertib.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Checks a file before it may replace the database, finds the newest good backup, and restores a damaged
 * database that cannot be opened (the restore of an open, healthy database is {@link BackupService#restore}).
 */
public final class Recovery {

    private Recovery() {
    }

    /**
     * Refuses a file that is missing, not SQLite, damaged (full {@code PRAGMA integrity_check}), not a Tertib
     * database (no {@code flyway_schema_history}) or made by a newer Tertib than this one.
     */
    public static BackupCheck check(Path candidate) {
        Path file = candidate.toAbsolutePath();
        SqliteFiles.Inspection found;
        try {
            found = SqliteFiles.inspect(file);
        } catch (StoreException e) {
            throw Transactions.translate(e);
        }
        switch (found.verdict()) {
            case MISSING -> throw AppException.of("app.restore.missing", file);
            case NOT_SQLITE -> throw AppException.of("app.restore.notDatabase", file);
            case DAMAGED -> throw AppException.of("app.restore.damaged", file);
            case NOT_TERTIB -> throw AppException.of("app.restore.notTertib", file);
            default -> {
                // OK: check the version below
            }
        }
        String newest = SqliteFiles.newestMigration();
        if (SqliteFiles.compareVersions(found.schemaVersion(), newest) > 0) {
            throw AppException.of("app.restore.newer", file, found.schemaVersion(), newest);
        }
        return new BackupCheck(file, found.schemaVersion());
    }

    /** The newest backup beside {@code database} that passes {@link #check}; each is checked, newest first. */
    public static Optional<Backup> newestGoodBackup(Path database, ZoneId zone) {
        for (Backup backup : new BackupFolder(database).list(zone)) {
            try {
                check(backup.file());
                return Optional.of(backup);
            } catch (AppException e) {
                // damaged or foreign: try the next older one
            }
        }
        return Optional.empty();
    }

    /**
     * Restores {@code backup} into a database that cannot be opened because it is damaged. The damaged file
     * (with its -wal) is moved, byte for byte, into the backups folder as {@code sebelum-pulih-...db}, the
     * backup is written in its place by SQLite's backup API, and the migrations bring it up to date.
     * Refused while another Tertib has the database open.
     */
    public static RestoreResult restoreDamaged(Path database, Path backup, Clock clock) {
        Path db = database.toAbsolutePath();
        requireOtherFile(db, backup);
        BackupCheck check = check(backup);
        DatabaseLock lock;
        try {
            lock = DatabaseLock.tryAcquire(db).orElseThrow(() -> new StoreException("store.openElsewhere", null, db));
        } catch (StoreException e) {
            throw Transactions.translate(e);
        }
        try (lock) {
            Path previous = new BackupFolder(db).beforeRestoreTarget(LocalDateTime.now(clock));
            if (Files.exists(db)) {
                Files.move(db, previous, StandardCopyOption.ATOMIC_MOVE);
                PrivateFiles.restrictFile(previous);
            }
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.move(wal, previous.resolveSibling(previous.getFileName() + "-wal"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
            SqliteFiles.restore(check.file(), db);
            Database.open(db);
            return new RestoreResult(check.file(), previous, check.schemaVersion());
        } catch (IOException | UncheckedIOException e) {
            throw AppException.of("app.restore.cannotMove", db, BackupFolder.of(db));
        } catch (StoreException e) {
            throw Transactions.translate(e);
        }
    }

    static void requireOtherFile(Path database, Path candidate) {
        if (candidate.toAbsolutePath().normalize().equals(database.toAbsolutePath().normalize())) {
            throw AppException.of("app.restore.sameFile", database);
        }
    }

    /** The exception for a damaged database: names the newest good backup, if any. */
    static DamagedDatabaseException damaged(Path database, Clock clock, StoreException cause) {
        Optional<Backup> good;
        try {
            good = newestGoodBackup(database, clock.getZone());
        } catch (UncheckedIOException | StoreException e) {
            good = Optional.empty();
        }
        return new DamagedDatabaseException(database.toAbsolutePath(), good, cause);
    }
}
