package id.tertib.app;

import static id.tertib.app.AppFixtures.NIP_BUDI;
import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.MonthlyRecap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyImportTest {

    @TempDir
    Path dir;

    private RecapOffice office;
    private Tertib tertib;
    private DailyImport daily;

    @BeforeEach
    void setUp() {
        office = new RecapOffice(dir);
        tertib = office.tertib;
        daily = tertib.dailyImport();
    }

    private List<String> budiCodes() {
        return tertib.recap().recap(office.aptPa.id(), RecapOffice.AUGUST).rows().stream()
                .filter(r -> r.nip().equals(NIP_BUDI)).findFirst().map(MonthlyRecap.Row::codes).orElseThrow();
    }

    private Optional<AttendanceDay> stored(Employee e, int day) {
        return tertib.attendance().month(e.unitId(), RecapOffice.AUGUST).record(e.id(), RecapOffice.AUGUST.atDay(day));
    }

    private List<AuditService.Change> dayAudit() {
        return tertib.audit().list(new AuditService.Filter(null, "attendance_day", null, null));
    }

    @Test
    void badRowsAreReportedWithRowAndColumnAndOnlyGoodRowsAreStoredOnConfirmation() throws Exception {
        Path file = AppFixtures.write(dir, "harian.csv", "NIP,Tanggal,Kode,Jam Masuk\n"
                + NIP_BUDI + ",2026-08-03,H,07:25\n"
                + "199901012020121001,2026-08-04,H,\n"
                + NIP_BUDI + ",2026-08-32,H,\n"
                + NIP_BUDI + ",2026-08-05,XX,\n"
                + NIP_BUDI + ",2026-08-08,H,\n"
                + NIP_BUDI + ",17/08/2026,H,\n"
                + NIP_BUDI + ",2027-01-04,H,\n"
                + NIP_BUDI + ",2026-08-03,TL,\n"
                + NIP_BUDI + ",2026-08-06,H,25:00\n"
                + NIP_BUDI + ",2026-12-01,H,\n"      // presence in the future (today is 23 Nov 2026)
                + NIP_BUDI + ",2026-12-02,CT,\n");   // planned leave may be recorded ahead

        DailyImport.Preview preview = daily.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(
                        tuple(3, "NIP", "attendance.import.unknownNip"),
                        tuple(4, "Tanggal", "attendance.badDate"),
                        tuple(5, "Kode", "attendance.codeUnknown"),
                        tuple(6, "Tanggal", "attendance.notWorkingDay"),
                        tuple(7, "Tanggal", "attendance.notWorkingDay"),
                        tuple(8, "Tanggal", "calendar.yearNotSet"),
                        tuple(9, "Tanggal", "import.duplicateInFile"),
                        tuple(10, "Jam Masuk", "attendance.badTime"),
                        tuple(11, "Tanggal", "attendance.futureDay"));
        assertThat(preview.lines()).extracting(DailyImport.Line::row, DailyImport.Line::action)
                .containsExactly(tuple(2, ImportAction.INSERT), tuple(12, ImportAction.INSERT));
        assertThat(budiCodes()).as("a preview writes nothing").allMatch(String::isEmpty);
        assertThat(dayAudit()).isEmpty();

        DailyImport.Summary done = daily.commit(preview);

        assertThat(done).isEqualTo(new DailyImport.Summary(2, 0, 0, 0));
        assertThat(budiCodes().get(2)).isEqualTo("H");
        assertThat(stored(office.budi, 3)).get().satisfies(d -> {
            assertThat(d.source()).isEqualTo(DaySource.IMPORTED);
            assertThat(d.arrival()).contains(LocalTime.of(7, 25));
        });
    }

    @Test
    void eachChangedDayIsAuditedAndReImportingTheSameFileChangesNothing() throws Exception {
        Path file = AppFixtures.write(dir, "budi.csv", RecapOffice.BUDI_MONTH);
        daily.commit(daily.preview(file));

        DailyImport.Preview again = daily.preview(file);
        DailyImport.Summary done = daily.commit(again);

        assertThat(again.count(ImportAction.UNCHANGED)).isEqualTo(8);
        assertThat(again.toWrite()).isZero();
        assertThat(done).isEqualTo(new DailyImport.Summary(0, 0, 8, 0));
        assertThat(dayAudit()).hasSize(8).allSatisfy(c -> {
            assertThat(c.reason()).isEqualTo("impor budi.csv");
            assertThat(c.actor()).isEqualTo("hr");
            assertThat(c.entityId()).isEqualTo(office.budi.id());
        });
        assertThat(stored(office.budi, 4)).get().extracting(AttendanceDay::lateMinutes).isEqualTo(12);
    }

    @Test
    void aDayAPersonEnteredIsKeptWhileAMachineDayIsReplaced() throws Exception {
        tertib.attendance().setCode(List.of(new CellState(office.budi.id(), LocalDate.of(2026, 8, 4), Optional.empty())),
                "I", "urusan keluarga", "izin disetujui kasi");
        AppFixtures.sql(dir.resolve("tertib.db"), "INSERT INTO attendance_day (employee_id, date, code, arrival, "
                + "departure, late_minutes, early_minutes, source, flags, note) VALUES (" + office.budi.id()
                + ", '2026-08-05', 'H', '07:20:00', '16:10:00', 0, 0, 'MACHINE', '', '')");

        DailyImport.Preview preview = daily.preview(AppFixtures.write(dir, "budi.csv", RecapOffice.BUDI_MONTH));
        DailyImport.Summary done = daily.commit(preview);

        assertThat(preview.skipped()).extracting(DailyImport.Skipped::row, s -> s.kept().code())
                .containsExactly(tuple(3, "I"));
        assertThat(preview.lines()).filteredOn(l -> l.action() == ImportAction.UPDATE)
                .extracting(DailyImport.Line::row).containsExactly(4);
        assertThat(done).isEqualTo(new DailyImport.Summary(6, 1, 0, 1));
        assertThat(stored(office.budi, 4)).get().extracting(AttendanceDay::code, AttendanceDay::source)
                .containsExactly("I", DaySource.MANUAL);
        assertThat(stored(office.budi, 5)).get().extracting(AttendanceDay::code, AttendanceDay::source,
                AttendanceDay::earlyMinutes).containsExactly("PSW", DaySource.IMPORTED, 5);
        AuditService.Change replaced = dayAudit().stream().filter(c -> c.label().endsWith("2026-08-05")).findFirst()
                .orElseThrow();
        assertThat(replaced.before()).containsEntry("source", "MACHINE").containsEntry("code", "H");
        assertThat(replaced.after()).containsEntry("source", "IMPORTED").containsEntry("code", "PSW");
    }

    @Test
    void aViewerCannotImport() throws Exception {
        Path file = AppFixtures.write(dir, "budi.csv", RecapOffice.BUDI_MONTH);
        office.signInAs("viewer");

        assertThat(refusalKeys(() -> daily.preview(file))).containsExactly("access.dailyImport");
    }

    @Test
    void aSectionHeadImportsOnlyThePeopleOfHisUnits() throws Exception {
        Employee ikpHead = tertib.employees().list(new EmployeeFilter(office.ikp.id(), null, "", false)).get(0);
        Path file = AppFixtures.write(dir, "campur.csv", "nip,date,code\n"
                + NIP_BUDI + ",2026-08-03,H\n"
                + ikpHead.number() + ",2026-08-03,TK\n");
        office.signInAs("kasi");

        DailyImport.Preview preview = daily.preview(file);
        daily.commit(preview);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(3, "nip", "attendance.import.otherUnit"));
        office.signInAs("hr");
        assertThat(dayAudit()).singleElement().satisfies(c -> assertThat(c.actor()).isEqualTo("kasi"));
        assertThat(stored(ikpHead, 3)).isEmpty();
        assertThat(stored(office.budi, 3)).isPresent();
    }
}
