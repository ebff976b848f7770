package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.store.Database;
import id.tertib.store.SqliteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    /** 23 Nov 2026, 17:00 WIB. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private Tertib tertib;

    private Tertib open() {
        tertib = Tertib.open(db(), clock);
        return tertib;
    }

    private Path db() {
        return dir.resolve("tertib.db");
    }

    @AfterEach
    void close() {
        if (tertib != null) {
            tertib.close();
        }
    }

    private List<String> unitCodes() {
        return tertib.units().list().stream().map(Unit::code).toList();
    }

    private List<String> backupNames() {
        return tertib.backups().list().stream().map(b -> b.file().getFileName().toString()).toList();
    }

    private Path backupWithOneUnit() {
        open().units().save(new Unit(0, "DIN", "Dinas", null));
        Path backup = dir.resolve("cadangan.db");
        tertib.backups().backupTo(backup);
        tertib.units().save(new Unit(0, "BARU", "Unit sesudah cadangan", null));
        return backup;
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheDatabaseAsItWas() {
        Path backup = backupWithOneUnit();

        RestoreResult result = tertib.backups().restore(backup);

        assertThat(unitCodes()).containsExactly("DIN");
        assertThat(result.restoredFrom()).isEqualTo(backup.toAbsolutePath());
        assertThat(result.previousCopy()).isRegularFile()
                .isEqualTo(dir.resolve("backups").resolve("sebelum-pulih-20261123-170000.db").toAbsolutePath());
        assertThat(backupNames()).containsExactly("sebelum-pulih-20261123-170000.db");
        assertThat(tertib.backups().list().get(0).kind()).isEqualTo(Backup.Kind.BEFORE_RESTORE);
        try (Tertib previous = Tertib.open(result.previousCopy(), clock)) {
            assertThat(previous.units().list()).extracting(Unit::code).containsExactlyInAnyOrder("DIN", "BARU");
        }
    }

    @Test
    void theBackupFileIsOneSelfContainedDatabase() throws Exception {
        Path backup = backupWithOneUnit();

        assertThat(Recovery.check(backup).schemaVersion()).isEqualTo(SqliteFiles.newestMigration());
        assertThat(Files.readAllBytes(backup)[18]).as("rollback journal, not WAL").isEqualTo((byte) 1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("cadangan.db-") || n.endsWith(".part"));
        }
    }

    @Test
    void aBackupReplacesAnExistingFileOnlyWhenComplete() throws Exception {
        open().units().save(new Unit(0, "DIN", "Dinas", null));
        Path target = Files.writeString(dir.resolve("lama.db"), "an old file in the way");

        tertib.backups().backupTo(target);

        assertThat(Recovery.check(target).file()).isEqualTo(target.toAbsolutePath());
    }

    private void assertRefusedAndUntouched(Path candidate, String key) {
        List<String> before = unitCodes();

        List<Problem> problems = AppFixtures.refusal(() -> tertib.backups().restore(candidate));

        assertThat(problems).extracting(Problem::messageKey).containsExactly(key);
        assertThat(unitCodes()).isEqualTo(before);
        assertThat(backupNames()).as("no copy: nothing was replaced").isEmpty();
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        backupWithOneUnit();
        Path text = Files.writeString(dir.resolve("catatan.db"), "bukan basis data\n".repeat(200));

        assertRefusedAndUntouched(text, "app.restore.notDatabase");
        assertRefusedAndUntouched(dir.resolve("tidak-ada.db"), "app.restore.missing");
    }

    @Test
    void refusesADamagedBackup() throws Exception {
        Path backup = backupWithOneUnit();
        Damage.breakTablePage(backup);
        assertThat(Damage.quickCheck(backup)).isNotEqualTo("ok");

        assertRefusedAndUntouched(backup, "app.restore.damaged");
    }

    @Test
    void refusesAnSqliteFileThatIsNotTertibs() throws Exception {
        open();
        Path other = dir.resolve("lain.db");
        AppFixtures.sql(other, "CREATE TABLE t (x INTEGER)", "INSERT INTO t VALUES (1)");

        assertRefusedAndUntouched(other, "app.restore.notTertib");
    }

    @Test
    void refusesABackupFromANewerTertib() throws Exception {
        Path backup = backupWithOneUnit();
        AppFixtures.sql(backup, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, installed_on, execution_time, success) SELECT MAX(installed_rank) + 1, '999', "
                + "'from the future', 'SQL', 'V999__future.sql', 0, 'test', '2030-01-01 00:00:00', 1, 1 "
                + "FROM flyway_schema_history");

        assertRefusedAndUntouched(backup, "app.restore.newer");
        assertThat(AppFixtures.refusal(() -> tertib.backups().check(backup)).get(0).args())
                .containsExactly(backup.toAbsolutePath(), "999", SqliteFiles.newestMigration());
    }

    @Test
    void refusesTheDatabaseItself() {
        open();

        assertThat(AppFixtures.refusalKeys(() -> tertib.backups().restore(db()))).containsExactly("app.restore.sameFile");
        assertThat(AppFixtures.refusalKeys(() -> tertib.backups().backupTo(db()))).containsExactly("app.output.database");
    }

    @Test
    void anOlderBackupIsMigratedAfterTheRestore() throws Exception {
        Path old = dir.resolve("versi-2.db");
        Database.open(old, "2").inTransaction(tx -> tx.units().insert(new Unit(0, "LAMA", "Unit lama", null)));
        assertThat(Recovery.check(old).schemaVersion()).isEqualTo("2");
        open().units().save(new Unit(0, "DIN", "Dinas", null));

        tertib.backups().restore(old);

        assertThat(unitCodes()).containsExactly("LAMA");
        assertThat(Recovery.check(db()).schemaVersion()).isEqualTo(SqliteFiles.newestMigration());
        assertThat(AppFixtures.refusalKeys(() -> tertib.units().save(new Unit(0, "lama", "Kembar", null))))
                .as("V3's case-insensitive codes apply to the restored data").containsExactly("unit.codeTaken");
    }

    @Test
    void automaticBackupAtMostOnceADay() {
        open();

        assertThat(tertib.backups().autoBackupIfDue()).get().extracting(Backup::kind).isEqualTo(Backup.Kind.AUTOMATIC);
        clock.advance(Duration.ofHours(5)); // 22:00 the same day
        assertThat(tertib.backups().autoBackupIfDue()).isEmpty();
        clock.advance(Duration.ofHours(3)); // 01:00 the next day
        assertThat(tertib.backups().autoBackupIfDue()).isPresent();

        assertThat(backupNames()).containsExactly("tertib-20261124-010000.db", "tertib-20261123-170000.db");
    }

    @Test
    void pruningKeepsExactlyTheNewestN() throws Exception {
        open().backups().setKeep(3);
        Files.createDirectories(dir.resolve("backups"));
        Path manual = Files.writeString(dir.resolve("backups/salinan-manual.db"), "kept");
        for (int day = 0; day < 5; day++) {
            tertib.backups().autoBackupIfDue();
            clock.advance(Duration.ofDays(1));
        }

        assertThat(tertib.backups().list()).filteredOn(b -> b.kind() == Backup.Kind.AUTOMATIC)
                .extracting(b -> b.file().getFileName().toString())
                .containsExactly("tertib-20261127-170000.db", "tertib-20261126-170000.db", "tertib-20261125-170000.db");
        assertThat(manual).exists();
    }

    @Test
    void theNumberKeptIsASettingWithLimits() {
        open();
        assertThat(tertib.backups().keep()).isEqualTo(BackupService.DEFAULT_KEEP);

        tertib.backups().setKeep(7);
        assertThat(AppFixtures.refusalKeys(() -> tertib.backups().setKeep(0))).containsExactly("app.backup.keepRange");
        tertib.close();

        assertThat(open().backups().keep()).isEqualTo(7);
    }
}
