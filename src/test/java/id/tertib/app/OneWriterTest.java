package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second Tertib on the same database reads but does not write; the write lock dies with its holder. */
class OneWriterTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("tertib.db");
    }

    @Test
    void aSecondOpenIsReadOnlyUntilTheFirstCloses() {
        Tertib first = Tertib.open(db(), AppFixtures.CLOCK);
        first.units().save(new Unit(0, "DIN", "Dinas", null));

        Tertib second = Tertib.open(db(), AppFixtures.CLOCK);

        assertThat(first.isReadOnly()).isFalse();
        assertThat(second.isReadOnly()).isTrue();
        assertThat(second.units().list()).extracting(Unit::code).containsExactly("DIN");
        first.units().save(new Unit(0, "BID", "Bidang", null));
        assertThat(second.units().list()).as("the reader sees the writer's changes").hasSize(2);
        var problems = AppFixtures.refusal(() -> second.units().save(new Unit(0, "X", "Tidak boleh", null)));
        assertThat(problems).extracting(Problem::messageKey).containsExactly("store.openElsewhere");
        assertThat(new I18n(I18n.ENGLISH).text(problems.get(0)))
                .isEqualTo("Another Tertib has the database " + db().toAbsolutePath()
                        + " open; here the data can only be read. Close the other Tertib to make changes.");
        assertThat(AppFixtures.refusalKeys(() -> second.backups().setKeep(3))).containsExactly("store.openElsewhere");
        assertThat(second.backups().autoBackupIfDue()).as("the writer makes the daily backup").isEmpty();

        first.close();
        second.close();
        try (Tertib third = Tertib.open(db(), AppFixtures.CLOCK)) {
            assertThat(third.isReadOnly()).isFalse();
            third.units().save(new Unit(0, "X", "Boleh", null));
            assertThat(third.units().list()).hasSize(3);
        }
    }

    @Test
    void aSecondWriterIsRefusedBeforeAnImportReadsItsFile() throws Exception {
        try (Tertib first = Tertib.open(db(), AppFixtures.CLOCK); Tertib second = Tertib.open(db(), AppFixtures.CLOCK)) {
            // The file does not exist: a refusal about the file would mean it was read before the lock was asked.
            java.nio.file.Path never = db().resolveSibling("tidak-ada.csv");
            for (org.assertj.core.api.ThrowableAssert.ThrowingCallable preview : java.util.List.<
                    org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                    () -> second.employeeImport().preview(never),
                    () -> second.unitImport().preview(never),
                    () -> second.dailyImport().preview(never),
                    () -> second.travelImport().preview(never),
                    () -> second.calendar().preview(never),
                    () -> second.performance().previewImport(never),
                    () -> second.punchImport().preview(never, PunchImport.Format.ATTLOG, null,
                            ImportProgress.NONE))) {
                assertThat(AppFixtures.refusalKeys(preview)).containsExactly("store.openElsewhere");
            }
        }
    }

    @Test
    void aReadOnlyTertibCanStillBackUp() throws Exception {
        try (Tertib first = Tertib.open(db(), AppFixtures.CLOCK); Tertib second = Tertib.open(db(), AppFixtures.CLOCK)) {
            first.units().save(new Unit(0, "DIN", "Dinas", null));

            Backup backup = second.backups().backupTo(dir.resolve("salinan.db"));

            assertThat(Recovery.check(backup.file()).schemaVersion()).isNotBlank();
            assertThat(AppFixtures.refusalKeys(() -> second.backups().restore(backup.file())))
                    .containsExactly("store.openElsewhere");
        }
    }

    @Test
    void anotherProcessHoldsTheLockAndACrashReleasesIt() throws Exception {
        try (Tertib setUp = Tertib.open(db(), AppFixtures.CLOCK)) {
            setUp.units().save(new Unit(0, "DIN", "Dinas", null));
        }
        SecondTertibProcess.Started other = SecondTertibProcess.start(db());
        try {
            assertThat(other.said()).isEqualTo("open writable");
            try (Tertib here = Tertib.open(db(), AppFixtures.CLOCK)) {
                assertThat(here.isReadOnly()).isTrue();
                assertThat(here.units().list()).hasSize(1);
            }
        } finally {
            other.process().destroyForcibly(); // a crash: no close, no clean-up
            assertThat(other.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(dir.resolve("tertib.db.lock")).as("the stale lock file stays behind").exists();
        try (Tertib after = Tertib.open(db(), AppFixtures.CLOCK)) {
            assertThat(after.isReadOnly()).isFalse();
            after.units().save(new Unit(0, "BID", "Bidang", null));
        }
        assertThat(Files.exists(db())).isTrue();
    }
}
