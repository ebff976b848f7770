package id.tertib.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;

/**
 * The embedded SQLite database: WAL journal, foreign keys on, a busy timeout, and migrations applied on
 * open. All SQL runs inside {@link #inTransaction} or {@link #read}, which hand out a {@link Tx}.
 */
public final class Database {

    static final int BUSY_TIMEOUT_MS = 5_000;
    static final int CACHE_KIB = 64 * 1024;

    private final Path file;
    private final Jdbi jdbi;
    private final boolean readOnly;

    private Database(Path file, Jdbi jdbi) {
        this(file, jdbi, false);
    }

    private Database(Path file, Jdbi jdbi, boolean readOnly) {
        this.file = file;
        this.jdbi = jdbi;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, null);
    }

    /** Opens the database and migrates up to {@code targetVersion} (null: latest); for upgrade tests. */
    public static Database open(Path file, String targetVersion) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("store.cannotCreateFolder", e, file.toAbsolutePath().getParent());
        }
        requireSqliteFile(file);
        requireIntact(file);
        SQLiteDataSource dataSource = dataSource(file);
        try {
            var config = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true);
            if (targetVersion != null) {
                config.target(targetVersion);
            }
            config.load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("store.migrationFailed", e, file);
        }
        return new Database(file, Jdbi.create(dataSource));
    }

    /**
     * Opens the database for reading only, without migrating: another Tertib holds the write lock and has
     * brought the schema up to date. Every write is refused with "store.openElsewhere".
     */
    public static Database openReadOnly(Path file) {
        requireSqliteFile(file);
        // No journal-mode pragma on a read-only connection: the writer has set WAL already.
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setDateClass("TEXT");
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new Database(file, Jdbi.create(readOnly), true);
    }

    /** {@code PRAGMA quick_check} before anything else touches an existing file: damage is "store.damaged". */
    private static void requireIntact(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) > 0 && !SqliteFiles.quickCheck(file)) {
                throw new StoreException("store.damaged", null, file.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new StoreException("store.cannotRead", e, file.toAbsolutePath());
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Refuses an existing, non-empty file that is not SQLite (a wrongly chosen file, or one damaged from its
     * first page), before anything is written to it.
     */
    private static void requireSqliteFile(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int read;
            try (var in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException("store.notADatabase", null, file.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new StoreException("store.cannotRead", e, file.toAbsolutePath());
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // 64 MiB of page cache (allocated only as used): a machine import of a million punches updates indexes far
        // larger than the default 2 MiB, and would otherwise read and write the same pages again and again.
        config.setCacheSize(-CACHE_KIB);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setDateClass("TEXT");
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    public Path file() {
        return file;
    }

    /** True when opened by {@link #openReadOnly}: another Tertib is the writer. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public <T> T inTransaction(TxWork<T> work) {
        if (readOnly) {
            throw new StoreException("store.openElsewhere", null, file.toAbsolutePath());
        }
        try {
            return jdbi.inTransaction(handle -> work.run(new Tx(handle)));
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Runs read-only work on one connection. */
    public <T> T read(TxWork<T> work) {
        try {
            return jdbi.withHandle(handle -> work.run(new Tx(handle)));
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** The schema version recorded by the migrations, e.g. "2". */
    public String schemaVersion() {
        return read(tx -> tx.handle().createQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                                + "ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(String.class).one());
    }

    static StoreException translate(JdbiException e) {
        return e.getCause() instanceof SQLException sql ? translate(sql) : new StoreException("store.failed", e);
    }

    /** The user-readable kind of a failure: busy, constraint, read-only, corrupt, or failed. */
    static StoreException translate(SQLException sql) {
        int code = sql.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException("store.busy", sql);
        }
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            return new StoreException("store.constraint", sql);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new StoreException("store.readOnly", sql);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new StoreException("store.corrupt", sql);
        }
        return new StoreException("store.failed", sql);
    }

    /** Work done with one transaction or connection. */
    @FunctionalInterface
    public interface TxWork<T> {
        T run(Tx tx);
    }

    /** Access to the repositories within one transaction. */
    public static final class Tx {
        private final Handle handle;

        Tx(Handle handle) {
            this.handle = handle;
        }

        Handle handle() {
            return handle;
        }

        public UnitRepository units() {
            return new UnitRepository(handle);
        }

        public EmployeeRepository employees() {
            return new EmployeeRepository(handle);
        }

        public SettingRepository settings() {
            return new SettingRepository(handle);
        }

        public UserRepository users() {
            return new UserRepository(handle);
        }

        public AuditRepository audit() {
            return new AuditRepository(handle);
        }

        public CalendarRepository calendar() {
            return new CalendarRepository(handle);
        }

        public AttendanceRepository attendance() {
            return new AttendanceRepository(handle);
        }

        public MachineRepository machines() {
            return new MachineRepository(handle);
        }

        public ScheduleRepository schedules() {
            return new ScheduleRepository(handle);
        }

        public LeaveRepository leave() {
            return new LeaveRepository(handle);
        }

        public TravelRepository travel() {
            return new TravelRepository(handle);
        }

        public DisciplineRepository discipline() {
            return new DisciplineRepository(handle);
        }

        public PerformanceRepository performance() {
            return new PerformanceRepository(handle);
        }
    }
}
