package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check: a real damaged file is refused with a clear message naming the newest good backup. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Jakarta"));

    private Path db() {
        return dir.resolve("tertib.db");
    }

    /** The demo office, an automatic backup on each of two days, then the newer backup and the database damaged. */
    private void damagedWithTwoBackups() throws Exception {
        try (Tertib tertib = Tertib.open(db(), clock)) {
            tertib.demo().fill(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES);
            tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            tertib.backups().autoBackupIfDue();
            clock.advance(Duration.ofDays(1));
            tertib.units().save(new Unit(0, "HARI2", "Unit hari kedua", null));
            tertib.backups().autoBackupIfDue();
        }
        Damage.breakTablePage(dir.resolve("backups/tertib-20261124-170000.db"));
        Damage.breakTablePage(db());
    }

    @Test
    void theDamageIsRealForQuickCheck() throws Exception {
        damagedWithTwoBackups();

        assertThat(Damage.quickCheck(db())).isNotEqualTo("ok");
    }

    @Test
    void openingIsRefusedWithTheNewestGoodBackup() throws Exception {
        damagedWithTwoBackups();

        DamagedDatabaseException e = catchThrowableOfType(DamagedDatabaseException.class, () -> Tertib.open(db(), clock));

        assertThat(e).isNotNull();
        Path good = dir.resolve("backups/tertib-20261123-170000.db").toAbsolutePath();
        assertThat(e.goodBackup()).get().extracting(Backup::file).isEqualTo(good);
        assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("app.damaged.withBackup");
        String text = new I18n(I18n.ENGLISH).text(e.problems().get(0));
        assertThat(text).startsWith("The database file " + db().toAbsolutePath() + " is damaged")
                .contains("Newest good backup: " + good)
                .endsWith("tertib --db \"" + db().toAbsolutePath() + "\" restore \"" + good + "\"");
    }

    @Test
    void withoutAGoodBackupTheMessageSaysSo() throws Exception {
        try (Tertib tertib = Tertib.open(db(), clock)) {
            tertib.demo().fill(DemoService.DEFAULT_SEED, 40);
        }
        Damage.breakTablePage(db());

        DamagedDatabaseException e = catchThrowableOfType(DamagedDatabaseException.class, () -> Tertib.open(db(), clock));

        assertThat(e.goodBackup()).isEmpty();
        assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("app.damaged.noBackup");
    }

    @Test
    void theDamagedDatabaseIsRepairedFromTheGoodBackupAndKept() throws Exception {
        damagedWithTwoBackups();
        Backup good = catchThrowableOfType(DamagedDatabaseException.class, () -> Tertib.open(db(), clock))
                .goodBackup().orElseThrow();
        long damagedSize = Files.size(db());

        RestoreResult result = Recovery.restoreDamaged(db(), good.file(), clock);

        try (Tertib tertib = Tertib.open(db(), clock)) {
            tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            assertThat(tertib.isReadOnly()).isFalse();
            assertThat(tertib.employees().list(EmployeeFilter.ALL)).hasSize(120);
            assertThat(tertib.units().list()).extracting(Unit::code).doesNotContain("HARI2");
        }
        assertThat(result.previousCopy().getFileName().toString()).startsWith("sebelum-pulih-");
        assertThat(Files.size(result.previousCopy())).as("the damaged file, kept byte for byte").isEqualTo(damagedSize);
    }

    @Test
    void theRepairIsRefusedWhileAnotherTertibHasTheDatabase() throws Exception {
        Path backup;
        try (Tertib tertib = Tertib.open(db(), clock)) {
            backup = tertib.backups().autoBackupIfDue().orElseThrow().file();
        }
        try (Tertib other = Tertib.open(db(), clock)) {
            assertThat(AppFixtures.refusalKeys(() -> Recovery.restoreDamaged(db(), backup, clock)))
                    .containsExactly("store.openElsewhere");
            assertThat(other.isReadOnly()).isFalse();
        }
    }
}
