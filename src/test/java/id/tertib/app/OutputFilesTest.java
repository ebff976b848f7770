package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One check for every file the user names: the database's own files, the backups, the input, an existing file. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void theDatabaseItsCompanionsAndTheBackupsAreRefusedWhateverWasConfirmed() throws Exception {
        Path db = dir.resolve("tertib.db");
        OutputFiles outputs = new OutputFiles(db);
        for (String name : new String[] {"tertib.db", "tertib.db-wal", "tertib.db-shm", "tertib.db-journal",
            "tertib.db.lock"}) {
            assertThat(refusalKeys(() -> outputs.require(dir.resolve(name), true))).as(name)
                    .containsExactly("app.output.database");
        }
        assertThat(refusalKeys(() -> outputs.require(dir.resolve("sub/../tertib.db"), true)))
                .as("another spelling of the same path").containsExactly("app.output.database");
        Path backup = Files.createDirectories(dir.resolve("backups")).resolve("tertib-20261123.db");
        Files.writeString(backup, "cadangan");
        assertThat(refusalKeys(() -> outputs.require(backup, true))).containsExactly("app.output.backups");
        outputs.require(dir.resolve("backups/baru.db"), false); // a new file beside the backups is fine
        Path input = dir.resolve("masukan.csv");
        assertThat(refusalKeys(() -> outputs.require(input, true, input))).containsExactly("app.output.input");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenConfirmed() throws Exception {
        OutputFiles outputs = new OutputFiles(dir.resolve("tertib.db"));
        Path existing = Files.writeString(dir.resolve("rekap.xlsx"), "x");

        assertThat(refusalKeys(() -> outputs.require(existing, false))).containsExactly("app.output.exists");
        outputs.require(existing, true);
        outputs.require(dir.resolve("baru.xlsx"), false);
    }

    @Test
    void everyExportRefusesTheDatabaseEvenFromTheWindowWhereTheDialogConfirmed() throws Exception {
        MarchOffice office = MarchOffice.open(dir);
        Path db = dir.resolve("tertib.db");
        long size = Files.size(db);

        Path kept = Files.createDirectories(dir.resolve("backups")).resolve("rekap-lama.csv");
        Files.writeString(kept, "disimpan");
        assertThat(refusalKeys(() -> office.tertib().recap().export(office.seksi().id(),
                java.time.YearMonth.of(2026, 3), kept))).containsExactly("app.output.backups");
        assertThat(Files.readString(kept)).isEqualTo("disimpan");
        assertThat(refusalKeys(() -> office.tertib().backups().backupTo(db))).containsExactly("app.output.database");
        assertThat(Files.size(db)).isEqualTo(size);
    }
}
