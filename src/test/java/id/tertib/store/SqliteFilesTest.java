package id.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.tertib.app.Damage;
import id.tertib.domain.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFilesTest {

    @TempDir
    Path dir;

    private Path withUnits() {
        Path file = dir.resolve("t.db");
        Database db = Database.open(file);
        db.inTransaction(tx -> {
            for (int i = 0; i < 200; i++) {
                tx.units().insert(new Unit(0, "U" + i, "Unit nomor " + i + " dengan nama yang cukup panjang", null));
            }
            return null;
        });
        return file;
    }

    @Test
    void openingADamagedFileIsRefusedBeforeAnyMigration() throws Exception {
        Path file = withUnits();
        Damage.breakTablePage(file);
        byte[] before = Files.readAllBytes(file);

        StoreException e = catchThrowableOfType(StoreException.class, () -> Database.open(file));

        assertThat(SqliteFiles.quickCheck(file)).isFalse();
        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("store.damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void inspectTellsWhatAFileIs() throws Exception {
        Path good = withUnits();
        Path text = Files.writeString(dir.resolve("x.db"), "x".repeat(5000));
        Path empty = Files.createFile(dir.resolve("kosong.db"));

        assertThat(SqliteFiles.inspect(good)).isEqualTo(new SqliteFiles.Inspection(SqliteFiles.Verdict.OK,
                SqliteFiles.newestMigration()));
        assertThat(SqliteFiles.inspect(text).verdict()).isEqualTo(SqliteFiles.Verdict.NOT_SQLITE);
        assertThat(SqliteFiles.inspect(empty).verdict()).isEqualTo(SqliteFiles.Verdict.NOT_SQLITE);
        assertThat(SqliteFiles.inspect(dir.resolve("nope.db")).verdict()).isEqualTo(SqliteFiles.Verdict.MISSING);
        assertThat(SqliteFiles.compareVersions("10", "9")).isPositive();
    }

    @Test
    void inspectingLeavesNoTraceBesideTheFile() throws Exception {
        Path good = withUnits();
        Path copy = dir.resolve("salinan.db");
        SqliteFiles.backup(good, copy, false);

        SqliteFiles.inspect(copy);

        assertThat(dir.resolve("salinan.db-wal")).doesNotExist();
        assertThat(dir.resolve("salinan.db-shm")).doesNotExist();
    }

    @Test
    void aReadOnlyDatabaseReadsButRefusesWrites() {
        Path file = withUnits();

        Database readOnly = Database.openReadOnly(file);

        assertThat(readOnly.read((Database.Tx tx) -> tx.units().findAll())).hasSize(200);
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> readOnly.inTransaction(tx -> tx.units().insert(new Unit(0, "X", "X", null))));
        assertThat(e.messageKey()).isEqualTo("store.openElsewhere");
    }

    @Test
    void theLockIsHeldOnceAndFreedOnClose() {
        Path file = dir.resolve("t.db");

        DatabaseLock first = DatabaseLock.tryAcquire(file).orElseThrow();
        assertThat(DatabaseLock.tryAcquire(file)).isEmpty();
        first.close();

        try (DatabaseLock again = DatabaseLock.tryAcquire(file).orElseThrow()) {
            assertThat(again.file()).isEqualTo(dir.resolve("t.db.lock").toAbsolutePath());
        }
    }
}
