package id.tertib.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.tertib.app.EmployeeFilter;
import id.tertib.app.Tertib;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large employee import in a child JVM ({@code Launcher --db F employees import big.csv --yes}) is killed with
 * SIGKILL at seeded random moments. After every kill the database must pass {@code PRAGMA integrity_check}, hold
 * the import wholly or not at all, keep the rows stored before byte for byte, and open again through
 * {@link Tertib#open} (migrations must not choke on a killed write).
 *
 * <p>Reproduce a failure with the seed printed in the log: {@code -Dtertib.crash.seed=N}.
 */
class CrashSafetyTest {

    /**
     * Seeds the kill delays. The default draws 20 delays of which five fall past 1.1 x the measured duration and
     * five before a quarter of it, so both outcomes are expected; another seed may give fewer (see the end).
     */
    private static final long SEED = Long.getLong("tertib.crash.seed", 1L);
    private static final int RUNS = Integer.getInteger("tertib.crash.runs", 20);
    /** Large enough that the write (preview + one commit transaction) takes seconds on a 2-core machine. */
    private static final int IMPORTED = 15_000;
    private static final int DEMO_EMPLOYEES = 200;
    /** The demo writes one audit entry per unit (19), employee and account (4). */
    private static final int DEMO_AUDIT_ENTRIES = 19 + DEMO_EMPLOYEES + 4;
    /** A hang guard for the child, not a timing assertion: a healthy run takes seconds. */
    private static final long CHILD_LIMIT_SECONDS = 300;

    @TempDir
    Path dir;

    /** What the child had printed when it died: nothing, the preview (so it was storing), or "stored". */
    enum Phase { STARTING, STORING, DONE }

    enum Outcome { ABSENT, PRESENT }

    /** The database before the import: the rows every later check compares with. */
    record Snapshot(int employees, long maxId, String employeeDigest, String otherTablesDigest, int units) {
    }

    record Run(int index, long delayMs, long durationEstimateMs, Phase phase, boolean exitedByItself,
            Outcome outcome) {
    }

    @Test
    void aKilledImportLeavesTheDatabaseWholeAndTheImportAllOrNothing() throws Exception {
        long testStart = System.nanoTime();
        System.out.printf(Locale.ROOT, "CrashSafetyTest: seed %d (-Dtertib.crash.seed=%d), %d runs, %d rows%n",
                SEED, SEED, RUNS, IMPORTED);
        assertTheClassPathReachesTheApp();

        Path base = dir.resolve("base.db");
        Child demo = Child.start(dir, "demo", base, "demo", "--no-attendance", "--employees",
                String.valueOf(DEMO_EMPLOYEES));
        assertThat(demo.waitForExit()).as("demo exit code; stderr: %s", demo.err()).isZero();
        checkpoint(base);
        Snapshot before = snapshot(base);
        assertThat(before.employees()).isEqualTo(DEMO_EMPLOYEES);

        Map<String, String> imported = writeBigCsv(dir.resolve("big.csv"), base, new Random(20261123L));

        // One uninterrupted run: checks the whole path works and measures how long a kill window is.
        Path whole = copyOf(base, "whole.db");
        long start = System.nanoTime();
        Child child = Child.start(dir, "whole", whole, "employees", "import", dir.resolve("big.csv").toString(), "--yes");
        long previewMs = -1;
        while (child.process.isAlive()) {
            if (previewMs < 0 && child.outLines().size() >= 1) {
                previewMs = (System.nanoTime() - start) / 1_000_000;
            }
            child.process.waitFor(5, TimeUnit.MILLISECONDS);
            if ((System.nanoTime() - start) / 1_000_000_000 > CHILD_LIMIT_SECONDS) {
                child.process.destroyForcibly();
                fail("the uninterrupted import did not finish within %d s", CHILD_LIMIT_SECONDS);
            }
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(child.process.exitValue()).as("import exit code; stderr: %s", child.err()).isZero();
        assertThat(child.outLines()).as("preview line and stored line").hasSize(2);
        assertThat(child.outLines().get(1)).contains(String.valueOf(IMPORTED));
        assertThat(verify(whole, before, imported)).isEqualTo(Outcome.PRESENT);
        System.out.printf(Locale.ROOT, "CrashSafetyTest: uninterrupted run %d ms (preview printed after %d ms)%n",
                durationMs, previewMs);

        Random random = new Random(SEED);
        List<Run> runs = new ArrayList<>();
        // Other work on the machine can slow the children down well below the measured run (seen: twice as slow),
        // and then every kill lands before the commit. A run that shows the child is slower than estimated raises
        // the estimate, so that later draws still span the whole write; it is never lowered.
        long estimateMs = durationMs;
        long previewEstimateMs = Math.max(1, previewMs);
        for (int i = 0; i < RUNS; i++) {
            long delayMs = (long) (random.nextDouble() * 1.2 * estimateMs);
            Path db = copyOf(base, "run" + i + ".db");
            Child victim = Child.start(dir, "run" + i, db, "employees", "import", dir.resolve("big.csv").toString(),
                    "--yes");
            boolean exitedByItself = victim.process.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!exitedByItself) {
                victim.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            }
            if (!victim.process.waitFor(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                fail("run %d: the child did not die", i);
            }
            List<String> lines = victim.outLines();
            Phase phase = lines.isEmpty() ? Phase.STARTING : lines.size() == 1 ? Phase.STORING : Phase.DONE;
            Outcome outcome;
            try {
                outcome = verify(db, before, imported);
            } catch (AssertionError e) {
                throw new AssertionError(String.format(Locale.ROOT, "run %d (seed %d, kill after %d ms, phase %s): %s",
                        i, SEED, delayMs, phase, e.getMessage()), e);
            }
            Run run = new Run(i, delayMs, estimateMs, phase, exitedByItself, outcome);
            runs.add(run);
            System.out.println("CrashSafetyTest: " + run);
            if (exitedByItself) {
                assertThat(victim.process.exitValue()).as("run %d exited by itself; stderr: %s", i, victim.err())
                        .isZero();
            }
            // What the child told its user must hold: "stored" means stored, no preview yet means nothing stored.
            if (phase == Phase.DONE) {
                assertThat(outcome).as("run %d printed that it stored the rows", i).isEqualTo(Outcome.PRESENT);
            }
            if (phase == Phase.STARTING) {
                assertThat(outcome).as("run %d died before its preview", i).isEqualTo(Outcome.ABSENT);
            }
            if (phase == Phase.STARTING && delayMs > previewEstimateMs) {
                estimateMs = estimateMs * delayMs / previewEstimateMs;
                previewEstimateMs = delayMs;
            } else if (phase == Phase.STORING && delayMs > estimateMs) {
                estimateMs = delayMs;
            }
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + "-wal"));
            Files.deleteIfExists(Path.of(db + "-shm"));
        }

        long present = runs.stream().filter(r -> r.outcome() == Outcome.PRESENT).count();
        long absent = runs.size() - present;
        long midWrite = runs.stream().filter(r -> r.phase() == Phase.STORING).count();
        long totalMs = (System.nanoTime() - testStart) / 1_000_000;
        System.out.printf(Locale.ROOT, "CrashSafetyTest: %d present, %d absent, %d killed while storing; "
                + "uninterrupted %d ms (final estimate %d ms), whole test %d ms%n", present, absent, midWrite,
                durationMs, estimateMs, totalMs);

        // Both outcomes are expected when some kill surely came before the preview (before half the time the
        // preview took) and some surely after the end (10 % past the estimated duration; two such draws). The draws
        // are fixed by the seed, the child's speed is not: even with the estimate raised, a child can run slower
        // than estimated, and then a late kill lands before the commit. So both outcomes are asserted only when the
        // run is long enough to aim at (2 s or more), the seed gives such draws, and no late draw found its child
        // still at work. Otherwise only the invariants above hold the test, and the counts are printed.
        long previewAt = previewMs;
        boolean early = runs.stream().anyMatch(r -> r.delayMs() < previewAt / 2);
        List<Run> lateRuns = runs.stream().filter(r -> r.delayMs() > r.durationEstimateMs() * 11 / 10).toList();
        boolean late = lateRuns.size() >= 2;
        boolean slowedDown = lateRuns.stream().anyMatch(r -> r.phase() != Phase.DONE);
        if (durationMs >= 2_000 && early && late && !slowedDown) {
            assertThat(present).as("runs that ended with the import stored").isPositive();
            assertThat(absent).as("runs that ended with nothing stored").isPositive();
        } else {
            System.out.printf(Locale.ROOT, "CrashSafetyTest: both outcomes not asserted (duration %d ms, early draw %s, "
                    + "two late draws %s, machine slowed down %s); counts only%n", durationMs, early, late, slowedDown);
        }
    }

    /** The child runs the app from this test's class path; under Surefire that is the real class path. */
    private static void assertTheClassPathReachesTheApp() throws IOException {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        assertThat(entries).as("java.class.path").anyMatch(e -> holds(e, "id/tertib/Launcher.class"))
                .anyMatch(e -> holds(e, "org/sqlite/JDBC.class"))
                .anyMatch(e -> holds(e, "picocli/CommandLine.class"));
    }

    private static boolean holds(String entry, String resource) {
        Path p = Path.of(entry);
        if (Files.isDirectory(p)) {
            return Files.exists(p.resolve(resource));
        }
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(p.toFile())) {
            return zip.getEntry(resource) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks the database after a kill and says whether the import is in it. Fails unless the file is sound,
     * the import is there wholly or not at all, and the earlier rows are unchanged.
     */
    private static Outcome verify(Path db, Snapshot before, Map<String, String> imported) throws Exception {
        Outcome outcome;
        int count;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement()) {
            List<String> integrity = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    integrity.add(rs.getString(1));
                }
            }
            assertThat(integrity).as("PRAGMA integrity_check").containsExactly("ok");
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("PRAGMA foreign_key_check finds no broken reference").isFalse();
            }
            count = scalar(s, "SELECT COUNT(*) FROM employee");
            assertThat(digest(s, "SELECT * FROM employee WHERE id <= " + before.maxId() + " ORDER BY id"))
                    .as("the employees stored before the import").isEqualTo(before.employeeDigest());
            assertThat(otherTablesDigest(s)).as("units, accounts, settings, schema history and the earlier audit trail").isEqualTo(before.otherTablesDigest());
            if (count == before.employees()) {
                outcome = Outcome.ABSENT;
            } else if (count == before.employees() + imported.size()) {
                Map<String, String> stored = new HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT number, name FROM employee WHERE id > " + before.maxId())) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), rs.getString(2));
                    }
                }
                assertThat(stored).as("every imported NIP with its name").isEqualTo(imported);
                outcome = Outcome.PRESENT;
            } else {
                throw new AssertionError("half an import: " + count + " employees, expected " + before.employees()
                        + " or " + (before.employees() + imported.size()));
            }
        }
        // Closed again at once: it holds the write lock, and the next child must be the writer.
        try (Tertib reopened = Tertib.open(db, Clock.systemDefaultZone())) {
            reopened.auth().signIn("hr", id.tertib.app.DemoService.DEMO_PASSWORD);
            assertThat(reopened.employees().list(EmployeeFilter.ALL)).as("employees through the app").hasSize(count);
            assertThat(reopened.units().list()).as("units through the app").hasSize(before.units());
            assertThat(reopened.audit().verify().intact()).as("the audit chain after the kill").isTrue();
        }
        return outcome;
    }

    private static Snapshot snapshot(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement()) {
            int count = scalar(s, "SELECT COUNT(*) FROM employee");
            long maxId = scalar(s, "SELECT MAX(id) FROM employee");
            return new Snapshot(count, maxId, digest(s, "SELECT * FROM employee WHERE id <= " + maxId + " ORDER BY id"),
                    otherTablesDigest(s), scalar(s, "SELECT COUNT(*) FROM unit"));
        }
    }

    private static String otherTablesDigest(Statement s) throws SQLException {
        // The audit chain's head moves with a stored import; the entries written before it must not change.
        return digest(s, "SELECT * FROM unit ORDER BY id")
                + digest(s, "SELECT * FROM setting WHERE name <> 'audit.head' ORDER BY name")
                + digest(s, "SELECT * FROM flyway_schema_history ORDER BY installed_rank")
                + digest(s, "SELECT * FROM audit_entry WHERE id <= " + DEMO_AUDIT_ENTRIES + " ORDER BY id")
                + digest(s, "SELECT * FROM app_user ORDER BY id");
    }

    private static int scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** SHA-256 of every column of every row, nulls told apart from empty text. */
    static String digest(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            int columns = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    String v = rs.getString(i);
                    md.update((v == null ? "\u0000null" : v).getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0x1f);
                }
                md.update((byte) 0x1e);
            }
            return rows + ":" + HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Folds the WAL into the file so that copying the one file copies the whole database. */
    private static void checkpoint(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Path wal = Path.of(db + "-wal");
        assertThat(!Files.exists(wal) || wal.toFile().length() == 0).as("WAL folded into %s", db).isTrue();
    }

    private Path copyOf(Path base, String name) throws IOException {
        return Files.copy(base, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes {@link #IMPORTED} valid PNS rows in the demo office's units, with NIPs made here (birth date,
     * appointment at 22 or later and not after 2024, gender digit, sequence) and unlike any stored one.
     * Returns NIP to name.
     */
    private static Map<String, String> writeBigCsv(Path file, Path db, Random random) throws Exception {
        List<String> unitCodes = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT code FROM unit ORDER BY code")) {
                while (rs.next()) {
                    unitCodes.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT number FROM employee")) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        assertThat(unitCodes).hasSize(19);
        Map<String, String> rows = new LinkedHashMap<>();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nip,name,gender,status,golongan,position,position_kind,unit_code,pin\n");
            while (rows.size() < IMPORTED) {
                LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
                int appointmentYear = Math.min(2024, birth.getYear() + 22 + random.nextInt(10));
                LocalDate appointment = LocalDate.of(appointmentYear, 1 + random.nextInt(12), 1);
                if (appointment.isBefore(birth.plusYears(22))) {
                    continue; // born late in the year: the appointment month would come before the 22nd birthday
                }
                int gender = 1 + random.nextInt(2);
                String nip = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(),
                        birth.getMonthValue(), birth.getDayOfMonth(), appointment.getYear(),
                        appointment.getMonthValue(), gender, 1 + random.nextInt(999));
                if (taken.contains(nip) || rows.containsKey(nip)) {
                    continue;
                }
                String name = "Pegawai Uji " + (rows.size() + 1);
                rows.put(nip, name);
                out.write(nip + "," + name + "," + (gender == 1 ? "L" : "P") + ",PNS,III/a,Pengadministrasi Umum,"
                        + "pelaksana," + unitCodes.get(random.nextInt(unitCodes.size())) + "," + (5000 + rows.size())
                        + "\n");
            }
        }
        return rows;
    }

    /** The app in a child JVM on the same java binary and class path, output to files. */
    private record Child(Process process, Path out, Path errFile) {

        static Child start(Path dir, String name, Path db, String... command) throws IOException {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> args = new ArrayList<>(List.of(java, "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), "id.tertib.Launcher", "--db", db.toString(),
                    "--user", "hr")); // the demo's HR officer; ignored while the database has no accounts
            args.addAll(List.of(command));
            Path out = dir.resolve(name + ".out");
            Path err = dir.resolve(name + ".err");
            ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("TERTIB_PASSWORD", id.tertib.app.DemoService.DEMO_PASSWORD);
            Process p = builder.start();
            p.getOutputStream().close(); // no answers on stdin: --yes confirms
            return new Child(p, out, err);
        }

        int waitForExit() throws InterruptedException {
            if (!process.waitFor(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("child did not finish within %d s", CHILD_LIMIT_SECONDS);
            }
            return process.exitValue();
        }

        List<String> outLines() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8).lines().toList();
        }

        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }
    }
}
