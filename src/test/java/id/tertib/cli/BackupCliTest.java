package id.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import id.tertib.app.Damage;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.Tertib;
import id.tertib.domain.Unit;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tertib backup --out FILE} and {@code tertib restore FILE [--yes]}: exit codes and messages. */
class BackupCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, CLOCK, new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin)));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    private Path db() {
        return dir.resolve("tertib.db");
    }

    private List<String> unitCodes() {
        try (Tertib t = Tertib.open(db(), CLOCK)) {
            return t.units().list().stream().map(Unit::code).toList();
        }
    }

    private void addUnit(String code) {
        try (Tertib t = Tertib.open(db(), CLOCK)) {
            t.units().save(new Unit(0, code, "Unit " + code, null));
        }
    }

    private List<String> backupsFolder() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupThenRestoreWithYes() throws Exception {
        addUnit("DIN");
        Path out = dir.resolve("cadangan.db");

        Run backup = run("--db", db().toString(), "--lang", "en", "backup", "--out", out.toString());
        addUnit("BARU");
        Run restore = run("--db", db().toString(), "--lang", "en", "restore", out.toString(), "--yes");

        assertThat(backup.exit()).isZero();
        assertThat(backup.out()).startsWith("Backup written: " + out.toAbsolutePath() + " (").contains(" KB)");
        assertThat(restore.exit()).isZero();
        assertThat(restore.err()).isEmpty();
        assertThat(restore.out().strip()).isEqualTo("Restored from " + out.toAbsolutePath()
                + ". The previous database is kept as "
                + dir.resolve("backups/sebelum-pulih-20261123-170000.db").toAbsolutePath() + ".");
        assertThat(unitCodes()).containsExactly("DIN");
    }

    @Test
    void restoreAsksAndStopsWithoutAYes() {
        addUnit("DIN");
        Path out = dir.resolve("cadangan.db");
        run("--db", db().toString(), "backup", "--out", out.toString());
        addUnit("BARU");

        Run noAnswer = run("--db", db().toString(), "restore", out.toString());
        Run no = runWithInput("t\n", "--db", db().toString(), "--lang", "en", "restore", out.toString());
        Run yes = runWithInput("ya\n", "--db", db().toString(), "restore", out.toString());

        assertThat(noAnswer.exit()).isEqualTo(Cli.CANCELLED);
        assertThat(noAnswer.out()).contains("[y/T]", "Dibatalkan; basis data tidak diubah.");
        assertThat(no.exit()).isEqualTo(Cli.CANCELLED);
        assertThat(no.out()).contains("Cancelled; the database is unchanged.");
        assertThat(yes.exit()).isZero();
        assertThat(unitCodes()).containsExactly("DIN");
    }

    @Test
    void restoreRefusesAFileThatIsNotADatabaseBeforeAsking() throws Exception {
        addUnit("DIN");
        Path text = Files.writeString(dir.resolve("catatan.txt"), "bukan basis data\n".repeat(100));

        Run r = runWithInput("y\n", "--db", db().toString(), "--lang", "en", "restore", text.toString());

        assertThat(r.exit()).isEqualTo(Cli.FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("Error: " + text.toAbsolutePath()
                + " is not an SQLite database; the current database is unchanged.");
        assertThat(unitCodes()).containsExactly("DIN");
    }

    @Test
    void aDamagedDatabaseNamesTheGoodBackupAndTheCommandThatRestoresIt() throws Exception {
        Path good;
        try (Tertib t = Tertib.open(db(), CLOCK)) {
            t.demo().fill(1, 60);
            good = t.backups().autoBackupIfDue().orElseThrow().file();
        }
        Damage.breakTablePage(db());

        Run list = run("--db", db().toString(), "--lang", "en", "employees", "list");

        assertThat(list.exit()).isEqualTo(Cli.FAILED);
        assertThat(list.errLines()).hasSize(1);
        String command = "tertib --db \"" + db().toAbsolutePath() + "\" restore \"" + good + "\"";
        assertThat(list.err()).startsWith("Error: The database file " + db().toAbsolutePath() + " is damaged")
                .contains(good.toString()).contains(command).doesNotContain("Exception");

        Run restore = run("--db", db().toString(), "restore", good.toString(), "--yes");

        assertThat(restore.exit()).isZero();
        assertThat(backupsFolder()).hasSize(2).anyMatch(n -> n.startsWith("sebelum-pulih-"));
        try (Tertib t = Tertib.open(db(), CLOCK)) {
            t.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            assertThat(t.employees().list(EmployeeFilter.ALL)).hasSize(60);
        }
    }

    @Test
    void whileAnotherTertibHasTheDatabaseReadsAndBackupsWorkAndWritesFail() throws Exception {
        addUnit("DIN");
        Path units = Files.writeString(dir.resolve("unit.csv"), "code,name,parent_code\nBID,Bidang,\n");
        try (Tertib other = Tertib.open(db(), CLOCK)) {
            Run list = run("--db", db().toString(), "units", "list");
            Run backup = run("--db", db().toString(), "backup", "--out", dir.resolve("c.db").toString());
            Run importing = run("--db", db().toString(), "--lang", "en", "units", "import", "--yes", units.toString());
            Run restore = run("--db", db().toString(), "--lang", "en", "restore", dir.resolve("c.db").toString(), "--yes");
            Run demo = run("--db", db().toString(), "--lang", "en", "demo");

            String busy = "Error: Another Tertib has the database " + db().toAbsolutePath()
                    + " open; here the data can only be read. Close the other Tertib to make changes.";
            assertThat(list.exit()).isZero();
            assertThat(list.out()).contains("DIN");
            assertThat(backup.exit()).isZero();
            assertThat(importing.exit()).isEqualTo(Cli.FAILED);
            assertThat(importing.errLines()).containsExactly(busy);
            assertThat(importing.out()).isEmpty();
            assertThat(restore.exit()).isEqualTo(Cli.FAILED);
            assertThat(restore.errLines()).containsExactly(busy);
            assertThat(demo.errLines()).hasSize(1);
            assertThat(other.isReadOnly()).isFalse();
        }
        Run after = run("--db", db().toString(), "units", "import", "--yes", units.toString());
        assertThat(after.exit()).isZero();
        assertThat(unitCodes()).containsExactlyInAnyOrder("DIN", "BID");
    }

    @Test
    void backupNeedsOut() {
        Run r = run("--db", db().toString(), "backup");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void helpListsTheNewCommands() {
        Run r = run("--help");

        assertThat(r.out()).contains("backup", "restore");
    }
}
