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

    @Test
    void aTmtPppkEnteredByHrDecidesTheFirstYearAndTheFirstDayOfAnnualLeave() {
        var e = tertib.employees().save(new id.tertib.domain.EmployeeDraft(0, "199501012024212003", "", "Rina", "",
                id.tertib.domain.Gender.FEMALE, null, id.tertib.domain.EmploymentStatus.PPPK, "IX", "Staf",
                id.tertib.domain.PositionKind.PELAKSANA, office.seksi().id(), null, true, LocalDate.of(2024, 9, 2)));

        // One year of work is complete on 1 Sep 2025: nothing in 2024, the right from that year on.
        assertThat(tertib.leave().balance(e.id(), 2024).entitlement()).isZero();
        assertThat(tertib.leave().balance(e.id(), 2025).entitlement()).isEqualTo(12);
        assertThat(tertib.leave().balance(e.id(), 2025).basis().serviceMonthKnown()).isTrue();
        tertib.calendar().save(new id.tertib.domain.attendance.Holiday(LocalDate.of(2025, 8, 18), "Cuti bersama",
                id.tertib.domain.attendance.Holiday.HolidayKind.CUTI_BERSAMA)); // the year's calendar is set
        var before = tertib.leave().preview(new LeaveService.Draft(e.id(), "CT", LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 3), "liburan"));
        assertThat(before.problems()).extracting(p -> p.messageKey()).contains("leave.notEligible");
    }

    @Test
    void anImportKeepsTheTmtWhenItsFileHasNoSuchColumnAndTheExportWritesIt() throws Exception {
        EmployeeImport importer = tertib.employeeImport();
        importer.commit(importer.preview(AppFixtures.write(dir, "pppk.csv",
                "nip,name,gender,status,position_kind,unit_code,tmt\n"
                        + "199203150000212005,Ani,P,PPPK,pelaksana,SEK1,01/03/2023\n")));
        importer.commit(importer.preview(AppFixtures.write(dir, "ulang.csv",
                "nip,name,gender,status,position_kind,unit_code\n"
                        + "199203150000212005,Ani Lestari,P,PPPK,pelaksana,SEK1\n")));

        var ani = tertib.employees().list(EmployeeFilter.ALL).stream()
                .filter(x -> x.number().equals("199203150000212005")).findFirst().orElseThrow();
        assertThat(ani.name().name()).isEqualTo("Ani Lestari");
        assertThat(ani.appointedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        StringBuilder csv = new StringBuilder();
        EmployeeExport.csv(List.of(ani), tertib.units().list(), csv);
        assertThat(csv.toString().lines().findFirst().orElseThrow()).endsWith(",active,appointed_on");
        assertThat(csv.toString()).contains(",2023-03-01");
    }
}
