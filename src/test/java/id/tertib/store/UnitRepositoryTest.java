package id.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Unit;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitRepositoryTest {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
    }

    @Test
    void insertGivesAnIdAndFindsByIdAndCode() {
        Unit dinas = db.inTransaction(tx -> tx.units().insert(new Unit(0, "DIN", "Dinas", null)));
        Unit bidang = db.inTransaction(tx -> tx.units().insert(new Unit(0, "BID", "Bidang", dinas.id())));

        assertThat(dinas.id()).isPositive();
        assertThat(bidang.id()).isNotEqualTo(dinas.id());
        assertThat(db.read((Database.Tx tx) -> tx.units().findById(bidang.id()))).contains(new Unit(bidang.id(), "BID", "Bidang",
                dinas.id()));
        assertThat(db.read((Database.Tx tx) -> tx.units().findByCode("DIN"))).contains(dinas);
        assertThat(db.read((Database.Tx tx) -> tx.units().findByCode("NOPE"))).isEmpty();
        assertThat(db.read((Database.Tx tx) -> tx.units().findAll())).containsExactly(bidang, dinas);
    }

    @Test
    void updateAndDelete() {
        Unit dinas = db.inTransaction(tx -> tx.units().insert(new Unit(0, "DIN", "Dinas", null)));
        Unit bidang = db.inTransaction(tx -> tx.units().insert(new Unit(0, "BID", "Bidang", null)));

        db.inTransaction(tx -> {
            tx.units().update(new Unit(bidang.id(), "BID.1", "Bidang Satu", dinas.id()));
            return null;
        });
        assertThat(db.read((Database.Tx tx) -> tx.units().findById(bidang.id())))
                .contains(new Unit(bidang.id(), "BID.1", "Bidang Satu", dinas.id()));
        assertThat(db.read((Database.Tx tx) -> tx.units().countChildren(dinas.id()))).isEqualTo(1);

        db.inTransaction(tx -> {
            tx.units().delete(bidang.id());
            return null;
        });
        assertThat(db.read((Database.Tx tx) -> tx.units().findAll())).containsExactly(dinas);
        assertThat(db.read((Database.Tx tx) -> tx.units().countChildren(dinas.id()))).isZero();
    }

    @Test
    void hostileTextIsStoredAsText() {
        String name = "Robert'); DROP TABLE unit;--";
        Unit u = db.inTransaction(tx -> tx.units().insert(new Unit(0, "R", name, null)));

        assertThat(db.read((Database.Tx tx) -> tx.units().findById(u.id())).orElseThrow().name()).isEqualTo(name);
        assertThat(db.read((Database.Tx tx) -> tx.units().findAll())).hasSize(1);
    }

    @Test
    void countsEmployeesOfAUnit() {
        Unit dinas = db.inTransaction(tx -> tx.units().insert(new Unit(0, "DIN", "Dinas", null)));
        Unit other = db.inTransaction(tx -> tx.units().insert(new Unit(0, "LAIN", "Lain", null)));
        db.inTransaction(tx -> tx.employees().insert(StoreFixtures.budi(dinas.id())));

        assertThat(db.read((Database.Tx tx) -> tx.units().countEmployees(dinas.id()))).isEqualTo(1);
        assertThat(db.read((Database.Tx tx) -> tx.units().countEmployees(other.id()))).isZero();
    }

    @Test
    void anExceptionInsideATransactionLeavesNothingStored() {
        RuntimeException boom = new IllegalStateException("boom");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> db.inTransaction(tx -> {
            tx.units().insert(new Unit(0, "DIN", "Dinas", null));
            tx.units().insert(new Unit(0, "BID", "Bidang", null));
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
        assertThat(db.read((Database.Tx tx) -> tx.units().findAll())).isEmpty();
    }

    @Test
    void aFailingStatementRollsBackTheEarlierOnes() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> db.inTransaction(tx -> {
            tx.units().insert(new Unit(0, "DIN", "Dinas", null));
            return tx.units().insert(new Unit(0, "DIN", "Duplicate code", null));
        }));

        assertThat(thrown).isInstanceOf(StoreException.class);
        assertThat(((StoreException) thrown).messageKey()).isEqualTo("store.constraint");
        assertThat(db.read((Database.Tx tx) -> tx.units().findAll())).isEmpty();
    }
}
