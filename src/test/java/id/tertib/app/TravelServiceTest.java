package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.travel.ConflictKind;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import id.tertib.domain.travel.TravelStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The travel register on a real database. March 2026 as set here: Thursday 19 is a national holiday and Friday 20 cuti
 * bersama, so a trip from Tuesday 17 to Monday 23 March has three working days (17, 18, 23).
 */
class TravelServiceTest {

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

    private TravelService.Draft draft(String number, LocalDate depart, LocalDate returns, Employee... people) {
        int days = (int) (returns.toEpochDay() - depart.toEpochDay() + 1);
        List<Participant> ps = new java.util.ArrayList<>();
        for (Employee e : people) {
            ps.add(new Participant(e.id(), ps.size() + 1, days, 430_000));
        }
        return new TravelService.Draft(0, number, depart.minusDays(3), seksi.id(), "DPA 2026", "Rapat koordinasi",
                "Bandung", "Jawa Barat", TravelKind.LUAR_KOTA, depart, returns, "Kendaraan dinas", "5.1.02.04",
                "Kepala Dinas", ps);
    }

    private Optional<AttendanceDay> day(Employee e, LocalDate date) {
        return tertib.attendance().month(seksi.id(), YearMonth.from(date)).record(e.id(), date);
    }

    @Test
    void savingMarksTheTravellersWorkingDaysDlAndCancellingTakesThemOut() {
        SuratTugas st = tertib.travel().save(draft("090/1/2026", march(17), march(23), budi, siti), null, null);

        for (Employee e : List.of(budi, siti)) {
            assertThat(List.of(march(17), march(18), march(23))).allSatisfy(d ->
                    assertThat(day(e, d)).hasValueSatisfying(a -> {
                        assertThat(a.code()).isEqualTo("DL");
                        assertThat(a.source()).isEqualTo(DaySource.TRAVEL);
                        assertThat(a.note()).isEqualTo("ST 090/1/2026");
                    }));
            assertThat(day(e, march(19))).as("holiday").isEmpty();
            assertThat(day(e, march(21))).as("Saturday").isEmpty();
        }

        SuratTugas cancelled = tertib.travel().cancel(st.id(), "acara ditunda");

        assertThat(cancelled.status()).isEqualTo(TravelStatus.CANCELLED);
        assertThat(day(budi, march(17))).isEmpty();
        assertThat(day(siti, march(23))).isEmpty();
        assertThat(tertib.travel().list(TravelService.Filter.ALL)).singleElement()
                .satisfies(e -> assertThat(e.editable()).isFalse());
    }

    @Test
    void aTravellerPaidFewerDaysIsMarkedOnlyForThoseDays() {
        TravelService.Draft d = draft("090/2/2026", march(16), march(18), budi);
        d = new TravelService.Draft(0, d.number(), d.date(), d.unitId(), d.basis(), d.purpose(), d.city(),
                d.province(), d.kind(), d.depart(), d.returns(), d.transport(), d.budgetAccount(), d.issuer(),
                List.of(new Participant(budi.id(), 1, 2, 430_000)));

        tertib.travel().save(d, null, null);

        assertThat(day(budi, march(16))).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("DL"));
        assertThat(day(budi, march(17))).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("DL"));
        assertThat(day(budi, march(18))).isEmpty();
    }

    @Test
    void aDoubleTripIsAConflictThatNeedsAReasonWhichTheAuditTrailKeeps() {
        tertib.travel().save(draft("090/1/2026", march(16), march(18), budi), null, null);
        TravelService.Draft second = draft("090/2/2026", march(18), march(24), budi, siti);

        TravelService.Check check = tertib.travel().check(second);

        assertThat(check.ok()).isTrue();
        assertThat(check.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.conflict().kind()).isEqualTo(ConflictKind.OVERLAP);
            assertThat(c.employee().id()).isEqualTo(budi.id());
            assertThat(TravelTexts.describe(c, new I18n(I18n.INDONESIAN)))
                    .isEqualTo("Budi juga bertugas dengan ST 090/1/2026 pada 18 Mar 2026 s.d. 18 Mar 2026 "
                            + "(perjalanan ganda).");
        });
        assertThat(refusalKeys(() -> tertib.travel().save(second, " ", "urutan"))).contains(
                "travel.conflictReasonRequired");

        tertib.travel().save(second, "rapat lanjutan, Budi narasumber", "narasumber");

        assertThat(tertib.audit().list(new AuditService.Filter(null, AuditLog.SURAT_TUGAS, null, null)))
                .anySatisfy(c -> assertThat(c.reason()).contains("konflik: rapat lanjutan, Budi narasumber"));
        assertThat(tertib.travel().conflicts(march(1), march(31))).singleElement()
                .satisfies(c -> assertThat(c.conflict().tripNumber()).isEqualTo("090/2/2026"));
    }

    @Test
    void punchesAtTheOfficeDuringTheTripShowAsAConflict() throws Exception {
        AppFixtures.sql(tertib.databaseFile(),
                "INSERT INTO punch_import (id, file_name, file_sha256, imported_at, imported_by, covers_from, "
                        + "covers_to, read_count, stored_count, duplicates, rejected) VALUES (1, 'a.dat', 'x', 'now', "
                        + "'hr', '2026-03-17', '2026-03-18', 2, 2, 0, 0)",
                "INSERT INTO punch (employee_id, at, import_id) VALUES (" + budi.id() + ", '2026-03-18 07:29:00', 1)",
                "INSERT INTO punch (employee_id, at, import_id) VALUES (" + budi.id() + ", '2026-03-21 09:00:00', 1)");

        TravelService.Check check = tertib.travel().check(draft("090/3/2026", march(17), march(23), budi));

        assertThat(check.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.conflict().kind()).isEqualTo(ConflictKind.PUNCHES);
            assertThat(c.conflict().dates()).as("Saturday's punch is no working day").containsExactly(march(18));
        });
    }

    /** Days stored through import-daily, as another system's daily records bring them (source IMPORTED). */
    private void importDaily(String... lines) throws Exception {
        StringBuilder csv = new StringBuilder("NIP,Tanggal,Kode\n");
        for (String l : lines) {
            csv.append(l).append('\n');
        }
        DailyImport daily = tertib.dailyImport();
        DailyImport.Preview preview = daily.preview(AppFixtures.write(dir, "harian.csv", csv.toString()));
        assertThat(preview.issues()).isEmpty();
        daily.commit(preview);
    }

    @Test
    void aTripOverLeaveCodedOnTheDayIsALeaveConflictNamingThePaidLeaveDaysAndTheLeaveStays() throws Exception {
        importDaily(AppFixtures.NIP_BUDI + ",2026-03-17,CT", AppFixtures.NIP_BUDI + ",2026-03-18,CT");
        TravelService.Draft d = draft("090/5/2026", march(17), march(23), budi);

        assertThat(tertib.travel().check(d).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.conflict().kind()).isEqualTo(ConflictKind.LEAVE);
            assertThat(c.conflict().other()).isEqualTo("CT");
            assertThat(c.conflict().from()).isEqualTo(march(17));
            assertThat(c.conflict().to()).isEqualTo(march(18));
            assertThat(c.conflict().amount()).as("leave days paid on the letter").isEqualTo(2);
            assertThat(TravelTexts.describe(c, new I18n(I18n.INDONESIAN))).isEqualTo("Budi sedang cuti CT pada "
                    + "17 Mar 2026 s.d. 18 Mar 2026. Hari itu tetap tercatat CT, bukan DL; surat ini membayar uang "
                    + "harian untuk 2 hari cuti: kurangi jumlah hari Budi atau batalkan cutinya.");
        });
        assertThat(refusalKeys(() -> tertib.travel().save(d, null, "uji")))
                .containsExactly("travel.conflictReasonRequired");

        tertib.travel().save(d, "rapat tidak bisa diwakilkan", "uji");

        assertThat(day(budi, march(17))).hasValueSatisfying(a -> {
            assertThat(a.code()).isEqualTo("CT");
            assertThat(a.source()).isEqualTo(DaySource.IMPORTED);
        });
        assertThat(day(budi, march(23))).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("DL"));
        assertThat(tertib.travel().conflicts(march(1), march(31))).extracting(c -> c.conflict().kind())
                .containsExactly(ConflictKind.LEAVE);
    }

    @Test
    void leaveOrSicknessCodedOnTheDayMakesAPersonBusyInWhoGoesNext() throws Exception {
        importDaily(AppFixtures.NIP_BUDI + ",2026-03-18,CT", AppFixtures.NI_SITI + ",2026-03-17,S");

        List<TravelService.Candidate> ranking = tertib.travel().candidates(seksi.id(), march(17), march(18), 0);

        assertThat(ranking).extracting(c -> c.employee().name().name() + ":" + c.rank())
                .containsExactly("Baru:1", "Budi:0", "Siti:0");
        assertThat(ranking.get(1).busy()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("travel.busy.leave");
            assertThat(p.args()).containsExactly("CT", march(18), march(18));
        });
        assertThat(ranking.get(2).busy()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("travel.busy.sick"));
        assertThat(tertib.travel().check(draft("090/6/2026", march(17), march(18), baru)).passedOver())
                .as("nobody free is passed over").isEmpty();
    }

    @Test
    void anOfficeCodeOfTheLeaveKindCountsAsLeaveWhateverItsLetters() throws Exception {
        tertib.schedules().addCode("LIBUR", "Cuti adat", id.tertib.domain.attendance.AttendanceCode.Kind.LEAVE);
        importDaily(AppFixtures.NIP_BUDI + ",2026-03-17,LIBUR");

        assertThat(tertib.travel().check(draft("090/7/2026", march(17), march(17), budi)).conflicts())
                .singleElement().satisfies(c -> {
                    assertThat(c.conflict().kind()).isEqualTo(ConflictKind.LEAVE);
                    assertThat(c.conflict().other()).isEqualTo("LIBUR");
                });
    }

    @Test
    void aPersonOnLeaveCodedOnTheDayIsNotInTheFairnessPoolOfATripOnThatDay() throws Exception {
        importDaily(AppFixtures.NIP_BUDI + ",2026-03-17,CT");
        tertib.travel().save(draft("090/8/2026", march(17), march(18), siti), null, null);

        FairnessService.Report report = tertib.fairness().analyse(
                FairnessService.Query.of(march(1), march(31), seksi.id()), I18n.INDONESIAN);

        assertThat(report.rows()).extracting(r -> r.employee().name().name() + ":" + r.outcome().openTrips() + ":"
                + r.outcome().expected()).containsExactlyInAnyOrder("Siti:1:0.5", "Baru:1:0.5", "Budi:0:0.0");
    }

    @Test
    void whoGoesNextPutsThoseWithFewestTripsFirstAndTheBusyLastWithTheReason() {
        tertib.travel().save(draft("090/1/2026", march(2), march(4), budi, siti), null, null);
        tertib.travel().save(draft("090/2/2026", march(9), march(10), budi), null, "uji");
        tertib.travel().save(draft("090/3/2026", march(24), march(26), siti), null, "uji");

        List<TravelService.Candidate> ranking = tertib.travel().candidates(seksi.id(), march(24), march(25), 0);

        assertThat(ranking).extracting(c -> c.employee().name().name() + ":" + c.rank() + ":" + c.trips())
                .containsExactly("Baru:1:0", "Budi:2:2", "Siti:0:1");
        assertThat(ranking.get(2).busy()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("travel.busy.trip"));
        assertThat(ranking.get(0).lastTrip()).isEmpty();
        assertThat(ranking.get(1).lastTrip()).contains(march(9));
    }

    @Test
    void choosingSomeoneLowerInTheListNeedsAReason() {
        tertib.travel().save(draft("090/1/2026", march(2), march(4), budi), null, null);
        TravelService.Draft d = draft("090/2/2026", march(9), march(10), budi);

        TravelService.Check check = tertib.travel().check(d);

        assertThat(check.passedOver()).extracting(c -> c.employee().name().name()).containsExactly("Baru", "Siti");
        assertThat(refusalKeys(() -> tertib.travel().save(d, null, null)))
                .containsExactly("travel.rotationReasonRequired");
        tertib.travel().save(d, null, "menguasai materi");
        assertThat(tertib.audit().list(new AuditService.Filter(null, AuditLog.SURAT_TUGAS, null, null)))
                .anySatisfy(c -> {
                    assertThat(c.reason()).isEqualTo("di luar urutan: menguasai materi");
                    assertThat(c.after()).containsEntry("passed_over", "1. Baru; 2. Siti");
                });
    }

    @Test
    void aDraftMissingItsPartsSaysWhichFields() {
        TravelService.Draft empty = new TravelService.Draft(0, " ", null, seksi.id(), "", "", "", "", null, march(5),
                march(4), "", "", "", List.of());

        assertThat(tertib.travel().check(empty).problems()).extracting(p -> p.field() + ":" + p.messageKey())
                .containsExactly("number:travel.numberRequired", "date:travel.dateRequired",
                        "purpose:travel.purposeRequired", "city:travel.cityRequired", "kind:travel.kindRequired",
                        "returns:travel.returnBeforeDepart", "participants:travel.participantsRequired");
        tertib.travel().save(draft("090/1/2026", march(2), march(4), budi), null, null);
        assertThat(refusalKeys(() -> tertib.travel().save(draft("090/1/2026", march(9), march(9), baru), null, null)))
                .containsExactly("travel.numberTaken");
    }

    @Test
    void theOfficeCapOnTravelDaysIsASettingAndChangingItIsAudited() {
        tertib.travel().save(draft("090/1/2026", march(2), march(6), budi), null, null);
        TravelService.Draft next = draft("090/2/2026", march(9), march(13), budi);
        assertThat(tertib.travel().check(next).conflicts()).as("10 days under the default cap of 60").isEmpty();

        tertib.fairness().saveRules(new id.tertib.domain.fairness.FairnessRules(0.01, 2.0, 4), 8, 6, "kebijakan 2026");

        assertThat(tertib.travel().capDaysPerYear()).isEqualTo(8);
        assertThat(tertib.travel().windowMonths()).isEqualTo(6);
        assertThat(tertib.fairness().rules().streak()).isEqualTo(4);
        assertThat(tertib.travel().check(next).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.conflict().kind()).isEqualTo(ConflictKind.CAP);
            assertThat(c.conflict().amount()).isEqualTo(10);
            assertThat(c.conflict().limit()).isEqualTo(8);
        });
        assertThat(tertib.audit().list(new AuditService.Filter(null, AuditLog.TRAVEL_RULES, null, null)))
                .singleElement().satisfies(c -> {
                    assertThat(c.reason()).isEqualTo("kebijakan 2026");
                    assertThat(c.before()).containsEntry("cap_days", "60");
                    assertThat(c.after()).containsEntry("cap_days", "8");
                });
        assertThat(refusalKeys(() -> tertib.fairness().saveRules(
                id.tertib.domain.fairness.FairnessRules.DEFAULT, 400, 0, "x")))
                .containsExactly("fairness.capInvalid", "fairness.windowInvalid");
    }
}
