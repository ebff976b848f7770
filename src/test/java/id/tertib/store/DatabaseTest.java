package id.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.tertib.domain.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void openCreatesTheFileAndItsFolder() {
        Path file = dir.resolve("data/nested/tertib.db");

        Database db = Database.open(file);

        assertThat(file).isRegularFile();
        assertThat(db.file()).isEqualTo(file);
    }

    @Test
    void usesWriteAheadLogging() {
        Database db = Database.open(dir.resolve("t.db"));

        String mode = db.read((Database.Tx tx) -> tx.handle().createQuery("PRAGMA journal_mode").mapTo(String.class).one());

        assertThat(mode).isEqualToIgnoringCase("wal");
    }

    @Test
    void enforcesForeignKeys() {
        Database db = Database.open(dir.resolve("t.db"));

        int on = db.read((Database.Tx tx) -> tx.handle().createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> db.inTransaction(tx -> tx.units().insert(new Unit(0, "X", "Orphan", 999L))));

        assertThat(on).isEqualTo(1);
        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("store.constraint");
        assertThat(db.read((Database.Tx tx) -> tx.units().findAll())).isEmpty();
    }

    @Test
    void isMigratedToTheLatestSchema() {
        Database db = Database.open(dir.resolve("t.db"));

        assertThat(db.schemaVersion()).isEqualTo("16");
    }

    @Test
    void reopeningKeepsTheData() {
        Path file = dir.resolve("t.db");
        Database.open(file).inTransaction(tx -> tx.units().insert(new Unit(0, "DIN", "Dinas", null)));

        Database again = Database.open(file);

        assertThat(again.read((Database.Tx tx) -> tx.units().findAll())).extracting(Unit::code).containsExactly("DIN");

        assertThat(again.schemaVersion()).isEqualTo("16");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "these are not the bytes of an SQLite database\n"
                .repeat(100));

        byte[] before = Files.readAllBytes(file);

        StoreException e = catchThrowableOfType(StoreException.class, () -> Database.open(file));

        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("store.notADatabase");
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(before);
    }

    @Test
    void aFolderThatCannotBeCreatedIsReported() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        StoreException e = catchThrowableOfType(StoreException.class,
                () -> Database.open(notAFolder.resolve("tertib.db")));

        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("store.cannotCreateFolder");
    }

    @Test
    void settingsAreStoredAndReplaced() {
        Database db = Database.open(dir.resolve("t.db"));

        db.inTransaction(tx -> {
            tx.settings().put("ui.language", "en");
            tx.settings().put("ui.language", "id");
            return null;
        });

        assertThat(db.read((Database.Tx tx) -> tx.settings().get("ui.language"))).contains("id");
        assertThat(db.read((Database.Tx tx) -> tx.settings().get("missing"))).isEmpty();
    }
}
