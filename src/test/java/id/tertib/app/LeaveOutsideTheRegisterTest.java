package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.leave.LeaveBalance;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annual leave that did not go through the register still comes off the balance (ADR 0010): a CT day imported from
 * another system or typed in the grid counts as taken, marked "without request". Budi (PNS since 2015) has 12 days in
 * 2026. A NI PPPK carries the appointment year (digits 9-12): Siti's 199203152022212005 was appointed in 2022, and PP
 * 49/2018 grants annual leave after one year of work, so she has nothing in 2022 and 12 days from 2023.
 */
class LeaveOutsideTheRegisterTest {

    @TempDir
    Path dir;
    private MarchOffice office;
    private Tertib tertib;

    @BeforeEach
    void setUp() {
        office = MarchOffice.open(dir);
        tertib = office.tertib();
    }

    @Test
    void aCtDayImportedOrTypedInTheGridComesOffTheBalanceMarkedWithoutRequest() throws Exception {
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "lain.csv",
                "nip,date,code\n" + AppFixtures.NIP_BUDI + ",2026-03-10,CT\n")));
        tertib.attendance().setCode(List.of(new CellState(office.budi().id(), MarchOffice.march(11),
                Optional.empty())), "CT", "", "cuti mendadak, permohonan menyusul");

        LeaveBalance b = tertib.leave().balance(office.budi().id(), 2026);

        assertThat(b.taken()).isEqualTo(2);
        assertThat(b.basis().takenWithoutRequest()).isEqualTo(2);
        assertThat(b.remaining()).isEqualTo(b.entitlement() + b.carriedOver() - 2);
    }

    @Test
    void aCtDayInsideAnApprovedRequestIsNotCountedTwice() throws Exception {
        var request = tertib.leave().create(new LeaveService.Draft(office.budi().id(), "CT", MarchOffice.march(2),
                MarchOffice.march(3), "urusan keluarga"));
        tertib.leave().approve(request.id(), "");

        LeaveBalance b = tertib.leave().balance(office.budi().id(), 2026);

        assertThat(b.taken()).isEqualTo(2);
        assertThat(b.basis().takenWithoutRequest()).isZero();
    }

    @Test
    void aPppkHasNoAnnualLeaveInTheYearOfAppointmentOrBeforeIt() {
        assertThat(tertib.leave().balance(office.siti().id(), 2021).entitlement()).isZero();
        assertThat(tertib.leave().balance(office.siti().id(), 2022).entitlement()).isZero();
        assertThat(tertib.leave().balance(office.siti().id(), 2023).entitlement()).isEqualTo(12);
        assertThat(tertib.leave().balance(office.siti().id(), 2026).entitlement()).isEqualTo(12);
        assertThat(tertib.leave().balance(office.siti().id(), 2026).basis().serviceStart())
                .contains(java.time.YearMonth.of(2022, 1));
    }

    @Test
    void aPppkAppointedIn2025GetsNothingIn2024() {
        var e = tertib.employees().save(AppFixtures.draft("199501012025212003", "Rina",
                id.tertib.domain.EmploymentStatus.PPPK, id.tertib.domain.Gender.FEMALE, "IX", office.seksi().id()));

        assertThat(tertib.leave().balance(e.id(), 2024).entitlement()).isZero();
        assertThat(tertib.leave().balance(e.id(), 2025).entitlement()).isZero();
        assertThat(tertib.leave().balance(e.id(), 2026).entitlement()).isEqualTo(12);
        var refused = tertib.leave().preview(new LeaveService.Draft(e.id(), "CT", LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 12, 2), "liburan"));
        assertThat(refused.ok()).isFalse();
    }
}
