package id.tertib.app;

import id.tertib.store.Database;
import id.tertib.store.SqliteFiles;
import id.tertib.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Backups of the open database: on demand to a chosen file, automatically on exit (at most one a day, the
 * newest N kept), and restore from a backup. Every copy is an online backup through SQLite, never a plain
 * copy of the open file.
 */
public final class BackupService {

    public static final int DEFAULT_KEEP = 14;
    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 365;
    static final String KEEP = "backup.keep";

    private final Transactions tx;
    private final Path database;
    private final Clock clock;
    private final BooleanSupplier readOnly;
    private final BackupFolder folder;
    private final OutputFiles outputs;

    BackupService(Transactions tx, Path database, Clock clock, BooleanSupplier readOnly, OutputFiles outputs) {
        this.tx = tx;
        this.outputs = outputs;
        this.database = database.toAbsolutePath();
        this.clock = clock;
        this.readOnly = readOnly;
        this.folder = new BackupFolder(this.database);
    }

    /** The {@code backups} folder beside the database. */
    public Path folder() {
        return folder.folder();
    }

    /** The files in the backups folder, newest first. */
    public List<Backup> list() {
        try {
            return folder.list(clock.getZone());
        } catch (UncheckedIOException e) {
            throw AppException.of("app.backup.cannotList", folder.folder());
        }
    }

    /** How many automatic backups are kept (default 14). */
    public int keep() {
        // Read as the system: the backup on exit prunes even when no one signed in.
        return tx.beforeSignIn(t -> t.settings().get(KEEP)).flatMap(BackupService::parse).orElse(DEFAULT_KEEP);
    }

    public void setKeep(int count) {
        if (count < MIN_KEEP || count > MAX_KEEP) {
            throw AppException.of("app.backup.keepRange", MIN_KEEP, MAX_KEEP);
        }
        tx.write(t -> {
            t.access().require(t.access().canAdminister(), "access.admin");
            t.settings().put(KEEP, Integer.toString(count));
            return null;
        });
    }

    private static Optional<Integer> parse(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            return n >= MIN_KEEP && n <= MAX_KEEP ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a backup to {@code target} (replacing an existing file only once the new copy is complete) and
     * returns it. Works in read-only mode too: a backup only reads.
     */
    public Backup backupTo(Path target) {
        requireAdministrator(); // a backup holds every unit's data
        Path out = target.toAbsolutePath();
        outputs.requireNotProtected(out);
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw AppException.of("app.backup.noFolder", parent);
        }
        Path partial = parent.resolve("." + out.getFileName() + ".part");
        try {
            Files.deleteIfExists(partial);
            SqliteFiles.backup(database, partial, readOnly.getAsBoolean());
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Backup(out, LocalDateTime.now(clock), Files.size(out), Backup.Kind.OTHER);
        } catch (StoreException e) {
            throw Transactions.translate(e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw AppException.of("app.backup.cannotWrite", out);
        }
    }

    /**
     * The backup on exit: none when one was already taken today (by the app's clock) or when another Tertib
     * is the writer; otherwise one into the backups folder, then the oldest automatic backups beyond
     * {@link #keep()} are deleted.
     */
    public Optional<Backup> autoBackupIfDue() {
        if (readOnly.getAsBoolean()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (list().stream().anyMatch(b -> b.kind() == Backup.Kind.AUTOMATIC && b.taken().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        Path target;
        try {
            target = folder.automaticTarget(now);
            SqliteFiles.backup(database, target, false);
        } catch (StoreException e) {
            throw Transactions.translate(e);
        } catch (IOException e) {
            throw AppException.of("app.backup.cannotWrite", folder.folder());
        }
        prune();
        return list().stream().filter(b -> b.file().equals(target)).findFirst();
    }

    /** Deletes automatic backups beyond the newest {@link #keep()}; other files in the folder are left alone. */
    void prune() {
        List<Backup> automatic = list().stream().filter(b -> b.kind() == Backup.Kind.AUTOMATIC).toList();
        for (Backup old : automatic.subList(Math.min(keep(), automatic.size()), automatic.size())) {
            deleteQuietly(old.file());
        }
    }

    /** Checks a file before a restore (see {@link Recovery#check}); changes nothing. */
    public BackupCheck check(Path candidate) {
        Recovery.requireOtherFile(database, candidate);
        return Recovery.check(candidate);
    }

    /**
     * Replaces the database with the backup {@code candidate}: checks it first, keeps an online backup of the
     * current database as {@code backups/sebelum-pulih-...db}, restores, then migrates (an older backup is
     * brought up to this version). On any refusal the current database is untouched.
     */
    public RestoreResult restore(Path candidate) {
        if (readOnly.getAsBoolean()) {
            throw AppException.of("store.openElsewhere", database);
        }
        String actor = requireAdministrator();
        BackupCheck check = check(candidate);
        try {
            Path previous = folder.beforeRestoreTarget(LocalDateTime.now(clock));
            SqliteFiles.backup(database, previous, false);
            SqliteFiles.restore(check.file(), database);
            Database.open(database);
            // The restored trail goes on from the backup's last entry and says who restored which file.
            tx.asSystem(actor, t -> {
                t.audit().restored(check.file().getFileName().toString(), previous.getFileName().toString());
                return null;
            });
            return new RestoreResult(check.file(), previous, check.schemaVersion());
        } catch (StoreException e) {
            throw Transactions.translate(e);
        } catch (IOException e) {
            throw AppException.of("app.backup.cannotWrite", folder.folder());
        }
    }

    /** Refuses anyone but an administrator (or set-up mode); returns who acts, for the audit trail. */
    private String requireAdministrator() {
        return tx.read(t -> {
            t.access().require(t.access().canAdminister(), "access.admin");
            return t.access().actor();
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger("tertib").log(System.Logger.Level.WARNING, "cannot delete " + file, e);
        }
    }
}
