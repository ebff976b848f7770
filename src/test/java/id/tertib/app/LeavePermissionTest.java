package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveRules;
import id.tertib.domain.leave.LeaveStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HR and administrators decide leave for every unit, a section head for his own; viewers only read. */
class LeavePermissionTest {

    @TempDir
    Path dir;

    private Tertib tertib;
    private Employee budi;
    private LeaveRequest request;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        Unit own = tertib.units().save(new Unit(0, "SEK1", "Seksi Satu", dinas.id()));
        Unit other = tertib.units().save(new Unit(0, "SEK2", "Seksi Dua", dinas.id()));
        budi = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS, null,
                "III/a", own.id()));
        tertib.calendar().save(new Holiday(LocalDate.of(2026, 1, 1), "Tahun Baru", Holiday.HolidayKind.NATIONAL));
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.users().create("kasi", "Kepala Seksi Satu", Role.SECTION_HEAD, own.id(), "rahasia-kasi");
        tertib.users().create("kasi2", "Kepala Seksi Dua", Role.SECTION_HEAD, other.id(), "rahasia-kasi2");
        tertib.users().create("lihat", "Pemantau", Role.VIEWER, own.id(), "rahasia-lihat");
        tertib.users().create("hr", "Kepegawaian", Role.HR_OFFICER, null, "rahasia-hr");
        request = tertib.leave().create(new LeaveService.Draft(budi.id(), "CT", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4), "urusan keluarga"));
        tertib.auth().signOut();
    }

    private void as(String name, String password) {
        tertib.auth().signOut();
        tertib.auth().signIn(name, password);
    }

    private LeaveService.Draft another() {
        return new LeaveService.Draft(budi.id(), "CS", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7), "");
    }

    @Test
    void aSectionHeadOfAnotherUnitNeitherSeesNorDecides() {
        as("kasi2", "rahasia-kasi2");

        assertThat(tertib.leave().list(LeaveService.Filter.ALL)).isEmpty();
        assertThat(refusalKeys(() -> tertib.leave().approve(request.id(), ""))).containsExactly("access.leave");
        assertThat(refusalKeys(() -> tertib.leave().create(another()))).containsExactly("access.leave");
        assertThat(refusalKeys(() -> tertib.leave().balance(budi.id(), 2026))).containsExactly("access.otherUnit");
    }

    @Test
    void aViewerReadsButDecidesNothing() {
        as("lihat", "rahasia-lihat");

        assertThat(tertib.leave().list(LeaveService.Filter.ALL)).singleElement()
                .satisfies(e -> assertThat(e.editable()).isFalse());
        assertThat(tertib.leave().balance(budi.id(), 2026).pending()).isEqualTo(3);
        assertThat(refusalKeys(() -> tertib.leave().approve(request.id(), ""))).containsExactly("access.leave");
        assertThat(refusalKeys(() -> tertib.leave().cancel(request.id(), "x"))).containsExactly("access.leave");
    }

    @Test
    void theUnitsSectionHeadDecidesButSetsNoOpeningBalanceOrRules() {
        as("kasi", "rahasia-kasi");

        assertThat(tertib.leave().list(LeaveService.Filter.ALL)).singleElement()
                .satisfies(e -> assertThat(e.editable()).isTrue());
        assertThat(tertib.leave().approve(request.id(), "").request().status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(refusalKeys(() -> tertib.leave().saveOpening(budi.id(), 2026, 6, 0, "")))
                .containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.leave().saveRules(LeaveRules.PP_11_2017, 2026, "")))
                .containsExactly("access.admin");
    }

    @Test
    void hrSetsOpeningBalancesButOnlyTheAdministratorChangesRules() {
        as("hr", "rahasia-hr");
        assertThat(tertib.leave().saveOpening(budi.id(), 2026, 6, 0, "")).isPresent();
        assertThat(refusalKeys(() -> tertib.leave().saveRules(LeaveRules.PP_11_2017, 2026, "")))
                .containsExactly("access.admin");

        as("admin", "rahasia-kantor");
        tertib.leave().saveRules(LeaveRules.PP_11_2017, 2025, "mulai 2025");
        assertThat(tertib.leave().registerFrom()).isEqualTo(2025);
    }
}
