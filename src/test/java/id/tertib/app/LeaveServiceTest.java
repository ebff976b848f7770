package id.tertib.app;

import static id.tertib.app.AppFixtures.refusal;
import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.leave.LeaveBalance;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveRules;
import id.tertib.domain.leave.LeaveStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leave register on a real database. March 2026 as set here: Thursday 19 is a national holiday and Friday 20 cuti
 * bersama, so 16-24 March holds 5 working days (16, 17, 18, 23, 24).
 */
class LeaveServiceTest {

    @TempDir
    Path dir;

    private Tertib tertib;
    private Unit seksi;
    private Employee budi;
    private Employee siti;
    private Employee baru;

    private static LocalDate march(int day) {
        return MarchOffice.march(day);
    }

    @BeforeEach
    void setUp() {
        MarchOffice office = MarchOffice.open(dir);
        tertib = office.tertib();
        seksi = office.seksi();
        budi = office.budi();
        siti = office.siti();
        baru = office.baru();
    }

    private static LeaveService.Draft draft(Employee e, String code, LocalDate from, LocalDate to) {
        return new LeaveService.Draft(e.id(), code, from, to, "urusan keluarga");
    }

    private Optional<AttendanceDay> day(Employee e, LocalDate date) {
        return tertib.attendance().month(seksi.id(), YearMonth.from(date)).record(e.id(), date);
    }

    @Test
    void thePreviewCountsWorkingDaysAndShowsTheBalanceBeforeSaving() {
        LeaveService.Preview p = tertib.leave().preview(draft(budi, "CT", march(16), march(24)));

        assertThat(p.problems()).isEmpty();
        assertThat(p.workingDays()).as("19 holiday, 20 cuti bersama, 21-22 weekend").isEqualTo(5);
        assertThat(p.balance().orElseThrow().remaining()).isEqualTo(12);
        assertThat(p.balance().orElseThrow().available()).isEqualTo(12);
        assertThat(tertib.leave().list(LeaveService.Filter.ALL)).as("nothing saved").isEmpty();
    }

    @Test
    void approvingAnnualLeaveMarksEachWorkingDayAndTheBalanceDrops() {
        LeaveRequest r = tertib.leave().create(draft(budi, "CT", march(16), march(24)));
        LeaveBalance waiting = tertib.leave().balance(budi.id(), 2026);

        LeaveService.Outcome o = tertib.leave().approve(r.id(), "disetujui kepala dinas");

        assertThat(r.status()).isEqualTo(LeaveStatus.REQUESTED);
        assertThat(r.workingDays()).isEqualTo(5);
        assertThat(waiting.pending()).isEqualTo(5);
        assertThat(waiting.available()).isEqualTo(7);
        assertThat(o.request().status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(o.changed()).containsExactly(march(16), march(17), march(18), march(23), march(24));
        assertThat(o.kept()).isEmpty();
        assertThat(o.punched()).isEmpty();
        assertThat(day(budi, march(16))).map(AttendanceDay::code).contains("CT");
        assertThat(day(budi, march(16))).map(AttendanceDay::source).contains(DaySource.LEAVE);
        assertThat(day(budi, march(19))).as("holiday").isEmpty();
        assertThat(day(budi, march(21))).as("Saturday").isEmpty();
        LeaveBalance after = tertib.leave().balance(budi.id(), 2026);
        assertThat(after.taken()).isEqualTo(5);
        assertThat(after.pending()).isZero();
        assertThat(after.remaining()).isEqualTo(7);
        assertThat(tertib.audit().list(new AuditService.Filter(null, "leave_request", null, null)))
                .extracting(AuditService.Change::reason).containsExactly("disetujui kepala dinas", null);
        assertThat(tertib.audit().list(new AuditService.Filter(null, "attendance_day", null, null))).hasSize(5)
                .allSatisfy(c -> assertThat(c.reason()).isEqualTo("cuti CT #" + r.id() + " disetujui"));
    }

    @Test
    void approvalKeepsWhatPeopleRecordedReplacesMachineDaysAndCancellingPutsThemBack() throws Exception {
        AppFixtures.sql(tertib.databaseFile(),
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (" + budi.id() + ", '2026-03-17', 'DL', 'MANUAL')",
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (" + budi.id() + ", '2026-03-18', 'TK', 'DERIVED')",
                "INSERT INTO attendance_day (employee_id, date, code, arrival, departure, late_minutes, source) VALUES ("
                        + budi.id() + ", '2026-03-23', 'TL', '07:45:00', '16:05:00', 15, 'MACHINE')",
                "INSERT INTO punch_import (id, file_name, file_sha256, imported_at, imported_by, covers_from, covers_to, "
                        + "read_count, stored_count, duplicates, rejected) VALUES (1, 'a.dat', 'x', 'now', 'hr', "
                        + "'2026-03-16', '2026-03-24', 2, 2, 0, 0)",
                "INSERT INTO punch (employee_id, at, import_id) VALUES (" + budi.id() + ", '2026-03-23 07:45:00', 1)",
                "INSERT INTO punch (employee_id, at, import_id) VALUES (" + budi.id() + ", '2026-03-23 16:05:00', 1)");
        LeaveRequest r = tertib.leave().create(draft(budi, "CT", march(16), march(24)));

        LeaveService.Outcome approved = tertib.leave().approve(r.id(), "");

        assertThat(approved.changed()).containsExactly(march(16), march(18), march(23), march(24));
        assertThat(approved.kept()).extracting(AttendanceDay::date, AttendanceDay::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(march(17), "DL"));
        assertThat(approved.punched()).containsExactly(march(23));
        AttendanceDay onLeave = day(budi, march(23)).orElseThrow();
        assertThat(onLeave.code()).isEqualTo("CT");
        assertThat(onLeave.arrival()).contains(LocalTime.of(7, 45));
        assertThat(onLeave.machineCode()).contains("TL");
        assertThat(day(budi, march(18)).map(AttendanceDay::code)).as("a derived TK becomes leave").contains("CT");
        assertThat(tertib.leave().balance(budi.id(), 2026).taken()).as("the letter states 5 working days").isEqualTo(5);

        LeaveService.Outcome cancelled = tertib.leave().cancel(r.id(), "batal berangkat");

        assertThat(cancelled.request().status()).isEqualTo(LeaveStatus.CANCELLED);
        assertThat(cancelled.changed()).containsExactly(march(16), march(18), march(23), march(24));
        assertThat(day(budi, march(16))).isEmpty();
        assertThat(day(budi, march(17)).map(AttendanceDay::code)).contains("DL");
        assertThat(day(budi, march(18)).map(d -> d.code() + "/" + d.source())).contains("TK/DERIVED");
        AttendanceDay back = day(budi, march(23)).orElseThrow();
        assertThat(back.code()).isEqualTo("TL");
        assertThat(back.source()).isEqualTo(DaySource.MACHINE);
        assertThat(back.lateMinutes()).isEqualTo(15);
        assertThat(back.machineCode()).isEmpty();
        assertThat(tertib.leave().balance(budi.id(), 2026).remaining()).isEqualTo(12);
    }

    @Test
    void annualLeaveBeyondWhatIsLeftIsRefusedCountingWhatIsAlreadyRequested() {
        // 5-9, 12-16 and 19-21 January: 13 working days.
        assertThat(refusal(() -> tertib.leave().create(draft(budi, "CT", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 21))))).containsExactly(Problem.of("to", "leave.overBalance", 13, 12, 2026));

        LeaveRequest ten = tertib.leave().create(draft(budi, "CT", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 16)));
        LeaveService.Preview three = tertib.leave().preview(draft(budi, "CT", LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 4)));

        assertThat(three.problems()).containsExactly(Problem.of("to", "leave.overBalance", 3, 2, 2026));
        assertThat(tertib.leave().approve(ten.id(), "").request().status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(tertib.leave().preview(draft(budi, "CS", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4)))
                .problems()).as("sick leave does not use the balance").isEmpty();
    }

    @Test
    void eligibilityKindsAndLengthsAreCheckedPerPerson() {
        assertThat(refusalKeys(() -> tertib.leave().create(draft(baru, "CT", LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 7))))).containsExactly("leave.notEligible");
        assertThat(tertib.leave().preview(draft(baru, "CT", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7)))
                .problems().get(0).args()).containsExactly("CT", 1, LocalDate.of(2027, 3, 1));
        assertThat(refusalKeys(() -> tertib.leave().create(draft(siti, "CB", march(2), march(31)))))
                .containsExactly("leave.notForPppk");
        assertThat(refusalKeys(() -> tertib.leave().create(draft(budi, "CM", march(2), march(31)))))
                .containsExactly("leave.maternityWomenOnly");
        assertThat(refusalKeys(() -> tertib.leave().create(draft(budi, "CAP", march(2), LocalDate.of(2026, 4, 2)))))
                .containsExactly("leave.tooLong");
        assertThat(refusalKeys(() -> tertib.leave().create(draft(budi, "CT", march(21), march(22)))))
                .containsExactly("leave.noWorkingDays");
        assertThat(refusalKeys(() -> tertib.leave().create(new LeaveService.Draft(budi.id(), "CT", null, null, ""))))
                .containsExactly("leave.fromRequired", "leave.toRequired");
        assertThat(tertib.leave().create(draft(siti, "CM", march(2), LocalDate.of(2026, 6, 1))).workingDays())
                .isPositive();
    }

    @Test
    void aSecondLeaveMayNotOverlapARequestedOneUntilItIsCancelled() {
        LeaveRequest first = tertib.leave().create(draft(budi, "CT", march(16), march(18)));

        assertThat(refusal(() -> tertib.leave().create(draft(budi, "CS", march(18), march(24)))))
                .containsExactly(Problem.of("from", "leave.overlap", "CT", march(16), march(18)));
        tertib.leave().cancel(first.id(), "salah tanggal");
        assertThat(tertib.leave().create(draft(budi, "CS", march(18), march(24))).workingDays()).isEqualTo(3);
    }

    @Test
    void aLeaveIntoAYearWithoutCalendarMarksOnlyTheYearThatIsSetAndLongLeaveVoidsAnnualLeave() {
        assertThat(refusalKeys(() -> tertib.leave().create(draft(budi, "CT", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 5))))).containsExactly("calendar.yearNotSet");
        LeaveRequest cb = tertib.leave().create(draft(budi, "CB", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28)));

        LeaveService.Outcome o = tertib.leave().approve(cb.id(), "");

        assertThat(o.yearsNotSet()).containsExactly(2027);
        assertThat(o.changed()).hasSize(23).allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2026));
        LeaveBalance b = tertib.leave().balance(budi.id(), 2026);
        assertThat(b.entitlement()).as("PP 11/2017 art. 316: no annual leave in the year long leave starts").isZero();
        assertThat(b.basis().longLeaveYear()).isTrue();
    }

    @Test
    void aDecisionIsTakenOnceAndRejectingOrCancellingNeedsANote() {
        LeaveRequest r = tertib.leave().create(draft(budi, "CT", march(16), march(18)));

        assertThat(refusalKeys(() -> tertib.leave().reject(r.id(), " "))).containsExactly("leave.noteRequired");
        LeaveRequest rejected = tertib.leave().reject(r.id(), "beban kerja akhir triwulan");

        assertThat(rejected.status()).isEqualTo(LeaveStatus.REJECTED);
        assertThat(rejected.note()).isEqualTo("beban kerja akhir triwulan");
        assertThat(refusalKeys(() -> tertib.leave().approve(r.id(), ""))).containsExactly("leave.notRequested");
        assertThat(refusalKeys(() -> tertib.leave().cancel(r.id(), "x"))).containsExactly("leave.notActive");
        assertThat(refusalKeys(() -> tertib.leave().approve(999, ""))).containsExactly("leave.notFound");
        assertThat(day(budi, march(16))).isEmpty();
    }

    @Test
    void anOpeningBalanceSetsWhatWasCarriedAndTakenBeforeTertib() {
        tertib.leave().saveOpening(budi.id(), 2026, 4, 2, "kartu cuti");

        LeaveBalance b2026 = tertib.leave().balance(budi.id(), 2026);
        LeaveBalance b2027 = tertib.leave().balance(budi.id(), 2027);

        assertThat(b2026.remaining()).isEqualTo(12 + 4 - 2);
        assertThat(b2027.carriedOver()).as("14 unused, at most 18 - 12").isEqualTo(6);
        assertThat(tertib.leave().registerFrom()).isEqualTo(2026);
        tertib.leave().saveOpening(budi.id(), 2026, null, null, "");
        assertThat(tertib.leave().balance(budi.id(), 2026).remaining()).isEqualTo(12);
        assertThat(tertib.audit().list(new AuditService.Filter(null, "leave_opening", null, null))).hasSize(2);
    }

    @Test
    void theOfficeMayLetCutiBersamaReduceAnnualLeaveAndTheChangeIsAudited() {
        assertThat(tertib.leave().rules()).isEqualTo(LeaveRules.PP_11_2017);
        LeaveRules reduces = new LeaveRules(12, 1, 18, 24, 5, 3, 18, 3, 1, 5, 36, true, true);

        tertib.leave().saveRules(reduces, 2026, "surat edaran sekda");

        assertThat(tertib.leave().rules()).isEqualTo(reduces);
        LeaveBalance b = tertib.leave().balance(budi.id(), 2026);
        assertThat(b.entitlement()).as("one cuti bersama on a Friday").isEqualTo(11);
        assertThat(b.basis().cutiBersamaDeducted()).isEqualTo(1);
        assertThat(tertib.audit().list(new AuditService.Filter(null, "leave_rules", null, null)))
                .extracting(AuditService.Change::reason).containsExactly("surat edaran sekda");
    }

    @Test
    void theListFiltersByUnitYearAndStatus() {
        LeaveRequest march = tertib.leave().create(draft(budi, "CT", march(16), march(18)));
        LeaveRequest sick = tertib.leave().create(draft(siti, "CS", march(2), march(3)));
        tertib.leave().approve(sick.id(), "");

        assertThat(tertib.leave().list(new LeaveService.Filter(seksi.id(), null, 2026, null)))
                .extracting(e -> e.request().id()).containsExactly(march.id(), sick.id());
        assertThat(tertib.leave().list(new LeaveService.Filter(null, null, 2026, LeaveStatus.APPROVED)))
                .extracting(e -> e.employee().name().full()).containsExactly("Siti");
        assertThat(tertib.leave().list(new LeaveService.Filter(null, budi.id(), null, null))).hasSize(1);
        assertThat(tertib.leave().list(new LeaveService.Filter(null, null, 2025, null))).isEmpty();
    }
}
