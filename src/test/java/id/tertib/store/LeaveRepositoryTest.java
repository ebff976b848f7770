package id.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.domain.leave.OpeningBalance;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaveRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private Employee budi;
    private Employee siti;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        Unit dinas = db.inTransaction(tx -> tx.units().insert(new Unit(0, "DIN", "Dinas", null)));
        budi = db.inTransaction(tx -> tx.employees().insert(StoreFixtures.budi(dinas.id())));
        siti = db.inTransaction(tx -> tx.employees().insert(StoreFixtures.siti(dinas.id())));
    }

    private LeaveRequest insert(long employeeId, String code, LocalDate from, LocalDate to) {
        return db.inTransaction(tx -> tx.leave().insert(
                LeaveRequest.draft(employeeId, code, from, to, "urusan keluarga").withWorkingDays(3)));
    }

    @Test
    void storesARequestAndItsDecision() {
        LeaveRequest r = insert(budi.id(), "CT", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));

        LeaveRequest approved = r.decided(LeaveStatus.APPROVED, "disetujui kepala dinas").withWorkingDays(2);
        db.inTransaction(tx -> {
            tx.leave().updateDecision(approved);
            return null;
        });

        assertThat(r.id()).isPositive();
        assertThat(db.read((Database.Tx tx) -> tx.leave().find(r.id()))).contains(approved);
        assertThat(approved.reason()).isEqualTo("urusan keluarga");
    }

    @Test
    void findsTheRequestsThatTouchAPeriod() {
        LeaveRequest march = insert(budi.id(), "CT", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
        LeaveRequest yearEnd = insert(budi.id(), "CB", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31));
        LeaveRequest sitis = insert(siti.id(), "CS", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));
        insert(budi.id(), "CS", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3));

        List<LeaveRequest> in2026 = db.read((Database.Tx tx) -> tx.leave().touching(List.of(budi.id(), siti.id()),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        List<LeaveRequest> onlyBudiIn2026 = db.read((Database.Tx tx) -> tx.leave().touching(List.of(budi.id()),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        assertThat(in2026).containsExactly(sitis, march, yearEnd);
        assertThat(onlyBudiIn2026).containsExactly(march, yearEnd);
        assertThat(db.read((Database.Tx tx) -> tx.leave().forEmployee(budi.id()))).hasSize(3);
        assertThat(db.read((Database.Tx tx) -> tx.leave().touching(List.of(), LocalDate.MIN, LocalDate.MAX))).isEmpty();
    }

    @Test
    void keepsOneOpeningBalancePerPersonAndYear() {
        db.inTransaction(tx -> {
            tx.leave().saveOpening(new OpeningBalance(budi.id(), 2026, 6, 2, "kartu cuti"));
            tx.leave().saveOpening(new OpeningBalance(budi.id(), 2026, 4, 3, "dibetulkan"));
            tx.leave().saveOpening(new OpeningBalance(budi.id(), 2025, 0, 12, ""));
            return null;
        });

        assertThat(db.read((Database.Tx tx) -> tx.leave().opening(budi.id(), 2026)))
                .contains(new OpeningBalance(budi.id(), 2026, 4, 3, "dibetulkan"));
        assertThat(db.read((Database.Tx tx) -> tx.leave().openings(budi.id()))).extracting(OpeningBalance::year)
                .containsExactly(2025, 2026);

        db.inTransaction(tx -> {
            tx.leave().deleteOpening(budi.id(), 2025);
            return null;
        });
        assertThat(db.read((Database.Tx tx) -> tx.leave().openings(budi.id()))).hasSize(1);
    }
}
