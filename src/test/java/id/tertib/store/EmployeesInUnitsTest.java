package id.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeesInUnitsTest {

    @TempDir
    Path dir;

    @Test
    void findsOnlyThePeopleOfTheUnitsGivenInTheOrderOfTheFullList() {
        Database db = Database.open(dir.resolve("t.db"));
        Unit dinas = db.inTransaction(tx -> tx.units().insert(new Unit(0, "DIN", "Dinas", null)));
        Unit bidang = db.inTransaction(tx -> tx.units().insert(new Unit(0, "BID", "Bidang", dinas.id())));
        Unit other = db.inTransaction(tx -> tx.units().insert(new Unit(0, "LAIN", "Lain", null)));
        Employee budi = db.inTransaction(tx -> tx.employees().insert(StoreFixtures.budi(bidang.id())));
        Employee siti = db.inTransaction(tx -> tx.employees().insert(StoreFixtures.siti(dinas.id())));
        db.inTransaction(tx -> tx.employees().insert(new Employee(0, "199001012019032002",
                new id.tertib.domain.PersonName("", "Dewi", ""), id.tertib.domain.Gender.FEMALE,
                java.time.LocalDate.of(1990, 1, 1), id.tertib.domain.EmploymentStatus.PNS, id.tertib.domain.Golongan.III_A,
                "", id.tertib.domain.PositionKind.PELAKSANA, other.id(), null, true)));

        assertThat(db.read((Database.Tx tx) -> tx.employees().findInUnits(Set.of(dinas.id(), bidang.id()))))
                .containsExactly(budi, siti);
        assertThat(db.read((Database.Tx tx) -> tx.employees().findInUnits(Set.of(bidang.id())))).containsExactly(budi);
        assertThat(db.read((Database.Tx tx) -> tx.employees().findInUnits(List.of()))).isEmpty();
    }
}
