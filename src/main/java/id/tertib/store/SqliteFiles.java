package id.tertib.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * SQLite's own tools on whole database files: online backup (never a plain copy of an open database),
 * restore, and the integrity checks. Every copy goes through the SQLite backup API, which reads a
 * consistent snapshot even while Tertib writes.
 */
public final class SqliteFiles {

    /** What a file offered for a restore turned out to be. */
    public enum Verdict { MISSING, NOT_SQLITE, DAMAGED, NOT_TERTIB, OK }

    /** The verdict, and for a Tertib database its newest applied schema version. */
    public record Inspection(Verdict verdict, String schemaVersion) {
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static volatile String newestMigration;

    private SqliteFiles() {
    }

    /**
     * Writes an online backup of {@code database} to {@code target}, which must not exist yet. The copy is
     * a self-contained file (rollback journal, no -wal beside it) readable only by the user.
     */
    public static void backup(Path database, Path target, boolean readOnlySource) {
        try {
            PrivateFiles.createFile(target);
        } catch (IOException e) {
            throw new StoreException("store.cannotWrite", e, target);
        }
        try {
            try (Connection c = connect(database, readOnlySource); Statement s = c.createStatement()) {
                s.executeUpdate("backup to " + quoted(target));
            }
            try (Connection c = DriverManager.getConnection(url(target)); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=DELETE");
            }
            PrivateFiles.restrictFile(target);
        } catch (SQLException e) {
            deleteQuietly(target);
            throw translate(e, "store.backupFailed", target);
        }
    }

    /**
     * Replaces the whole content of {@code database} with that of {@code source}, in one transaction of the
     * backup API: other connections see either the old or the new database, never a mix. {@code source} is
     * opened immutable, so not a byte of it (nor a -wal or -shm beside it) is written.
     */
    public static void restore(Path source, Path database) {
        try {
            if (!Files.exists(database)) {
                PrivateFiles.createFile(database);
            }
        } catch (IOException e) {
            throw new StoreException("store.cannotWrite", e, database);
        }
        try (Connection c = DriverManager.getConnection(immutableUrl(source)); Statement s = c.createStatement()) {
            s.executeUpdate("backup to " + quoted(database));
        } catch (SQLException e) {
            throw translate(e, "store.restoreFailed", source);
        }
    }

    /** {@code PRAGMA quick_check} on the database in use; false when SQLite finds or trips over damage. */
    public static boolean quickCheck(Path database) {
        try (Connection c = connect(database, false)) {
            return onlyOk(c, "PRAGMA quick_check");
        } catch (SQLException e) {
            if (isCorrupt(e)) {
                return false;
            }
            throw translate(e, "store.failed", database);
        }
    }

    /**
     * Looks at a file without changing it: a full {@code PRAGMA integrity_check}, then whether it holds
     * Tertib's schema history and at which version.
     */
    public static Inspection inspect(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Inspection(Verdict.MISSING, null);
        }
        if (!hasSqliteHeader(file)) {
            return new Inspection(Verdict.NOT_SQLITE, null);
        }
        try (Connection c = DriverManager.getConnection(immutableUrl(file))) {
            if (!onlyOk(c, "PRAGMA integrity_check")) {
                return new Inspection(Verdict.DAMAGED, null);
            }
            List<String> versions = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet tables = s.executeQuery(
                            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!tables.next()) {
                    return new Inspection(Verdict.NOT_TERTIB, null);
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                while (r.next()) {
                    versions.add(r.getString(1));
                }
            }
            return versions.stream().max(SqliteFiles::compareVersions)
                    .map(v -> new Inspection(Verdict.OK, v))
                    .orElse(new Inspection(Verdict.NOT_TERTIB, null));
        } catch (SQLException e) {
            if (isCorrupt(e)) {
                return new Inspection(Verdict.DAMAGED, null);
            }
            throw translate(e, "store.cannotRead", file);
        }
    }

    /** The version of the newest migration this build of Tertib carries, e.g. "3". */
    public static String newestMigration() {
        String cached = newestMigration;
        if (cached == null) {
            MigrationInfo[] all = Flyway.configure().dataSource("jdbc:sqlite::memory:", null, null)
                    .locations("classpath:db/migration").failOnMissingLocations(true).load().info().all();
            cached = Arrays.stream(all).map(MigrationInfo::getVersion).filter(v -> v != null)
                    .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("0");
            newestMigration = cached;
        }
        return cached;
    }

    /** Orders schema versions as Flyway does ("10" after "9", "3.1" after "3"). */
    public static int compareVersions(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }

    static boolean hasSqliteHeader(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onlyOk(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(pragma)) {
            return r.next() && "ok".equalsIgnoreCase(r.getString(1)) && !r.next();
        }
    }

    private static Connection connect(Path database, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        return DriverManager.getConnection(url(database), config.toProperties());
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** A URI filename: read-only, no locks, no -wal or -shm created beside the file. */
    private static String immutableUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString() + "?immutable=1";
    }

    /** The file name as sqlite-jdbc's {@code backup to} / {@code restore from} statements read it. */
    private static String quoted(Path file) {
        String path = file.toAbsolutePath().toString();
        if (!path.contains("\"")) {
            return "\"" + path + "\"";
        }
        if (!path.contains("'")) {
            return "'" + path + "'";
        }
        throw new StoreException("store.badFileName", null, path);
    }

    private static boolean isCorrupt(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static StoreException translate(SQLException e, String otherwise, Path file) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException("store.busy", e);
        }
        if (isCorrupt(e)) {
            return new StoreException("store.damaged", e, file);
        }
        return new StoreException(otherwise, e, file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger("tertib").log(System.Logger.Level.WARNING, "cannot delete " + file, e);
        }
    }
}
