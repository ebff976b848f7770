package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personnel data is readable only by the OS user (CI runs on Linux). */
class PrivacyTest {

    @TempDir
    Path dir;

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataFolderDatabaseAndBackupsAreOwnerOnly() throws Exception {
        Path folder = dir.resolve("data");
        Path db = folder.resolve("tertib.db");

        try (Tertib tertib = Tertib.open(db, AppFixtures.CLOCK)) {
            tertib.demo().fill(1, 10);
            tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);
            Backup automatic = tertib.backups().autoBackupIfDue().orElseThrow();
            Backup manual = tertib.backups().backupTo(dir.resolve("manual.db"));

            assertThat(permissions(folder)).isEqualTo("rwx------");
            assertThat(permissions(db)).isEqualTo("rw-------");
            assertThat(permissions(folder.resolve("tertib.db.lock"))).isEqualTo("rw-------");
            assertThat(permissions(folder.resolve("backups"))).isEqualTo("rwx------");
            assertThat(permissions(automatic.file())).isEqualTo("rw-------");
            assertThat(permissions(manual.file())).isEqualTo("rw-------");
        }
    }

    @Test
    void aFolderTheUserChoseKeepsItsPermissions() throws Exception {
        Path chosen = Files.createDirectory(dir.resolve("dokumen"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        try (Tertib tertib = Tertib.open(chosen.resolve("kantor.db"), AppFixtures.CLOCK)) {
            assertThat(permissions(chosen)).isEqualTo("rwxr-xr-x");
            assertThat(permissions(chosen.resolve("kantor.db"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingDatabaseIsMadePrivateWhenOpened() throws Exception {
        Path db = dir.resolve("lama.db");
        try (Tertib tertib = Tertib.open(db, AppFixtures.CLOCK)) {
            tertib.demo().fill(1, 5);
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        try (Tertib tertib = Tertib.open(db, AppFixtures.CLOCK)) {
            assertThat(permissions(db)).isEqualTo("rw-------");
        }
    }
}
