package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.MonthlyRecap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for the recap and the discipline assessment: minutes late or early count only on a day whose code carries
 * them (TL, PSW). Budi's August 2026 (hand-worked, {@link RecapOffice#BUDI_MONTH}): TL 12 minutes on 4 Aug, PSW 5 on
 * 5 Aug, and a TL of 30 minutes on 11 Aug corrected to DL, which counts nothing.
 */
class MinutesOnlyOnTlPswDaysTest {

    private static final LocalDate AUG_4 = LocalDate.of(2026, 8, 4);

    @TempDir
    Path dir;
    private RecapOffice office;
    private Tertib tertib;

    @BeforeEach
    void setUp() throws Exception {
        office = new RecapOffice(dir);
        tertib = office.tertib;
        office.budiMonth(dir);
    }

    private MonthlyRecap.Row recapRow() {
        return tertib.recap().recap(office.aptPa.id(), RecapOffice.AUGUST).rows().stream()
                .filter(r -> r.nip().equals(AppFixtures.NIP_BUDI)).findFirst().orElseThrow();
    }

    private DisciplineRow assessment() {
        return tertib.discipline().person(office.budi.id(), 2026);
    }

    private AttendanceDay stored(LocalDate date) {
        return tertib.attendance().month(office.aptPa.id(), RecapOffice.AUGUST).record(office.budi.id(), date)
                .orElseThrow();
    }

    @Test
    void aDayCodedHThatStillCarriesMinutesCountsThemNeitherInTheRecapNorInTheAssessment() throws Exception {
        // A database written before this rule: an H day with 40 late minutes left on it.
        AppFixtures.sql(dir.resolve("tertib.db"), "INSERT INTO attendance_day (employee_id, date, code, arrival, "
                + "departure, late_minutes, early_minutes, source) VALUES (" + office.budi.id()
                + ", '2026-08-13', 'H', '08:10', '16:00', 40, 0, 'MACHINE')");

        assertThat(recapRow().totals().lateMinutes()).isEqualTo(12);
        assertThat(assessment().assessment().lateMinutes()).isEqualTo(12);
        assertThat(assessment().assessment().earlyMinutes()).isEqualTo(recapRow().totals().earlyMinutes())
                .isEqualTo(5);
        assertThat(assessment().tally().late()).extracting(AttendanceDay::date).containsExactly(AUG_4);
    }

    @Test
    void correctingATlDayToHClearsItsMinutesAndTheAuditTrailKeepsThem() {
        tertib.attendance().setCode(List.of(new CellState(office.budi.id(), AUG_4, Optional.empty())), "H", "",
                "terlambat karena rapat pagi di kantor");

        assertThat(stored(AUG_4)).satisfies(d -> {
            assertThat(d.code()).isEqualTo("H");
            assertThat(d.lateMinutes()).isZero();
            assertThat(d.arrival()).isPresent();
        });
        assertThat(recapRow().totals().lateMinutes()).isZero();
        assertThat(assessment().assessment().lateMinutes()).isZero();
        AuditService.Change change = tertib.audit().list(new AuditService.Filter(null, "attendance_day", null, null))
                .stream().filter(c -> "terlambat karena rapat pagi di kantor".equals(c.reason())).findFirst()
                .orElseThrow();
        assertThat(change.before()).containsEntry("late_minutes", "12");
        assertThat(change.after()).containsEntry("late_minutes", "0");
    }

    @Test
    void removingTheCorrectionOfAMachineDayGivesBackItsCodeAndMinutes() throws Exception {
        // The machine said TL, 07:42 against 07:30: 12 minutes late.
        AppFixtures.sql(dir.resolve("tertib.db"), "INSERT INTO attendance_day (employee_id, date, code, arrival, "
                + "departure, late_minutes, early_minutes, source) VALUES (" + office.budi.id()
                + ", '2026-08-13', 'TL', '07:42:10', '16:01:00', 12, 0, 'MACHINE')");
        LocalDate aug13 = LocalDate.of(2026, 8, 13);
        CellState cell = new CellState(office.budi.id(), aug13, Optional.empty());
        tertib.attendance().setCode(List.of(cell), "H", "", "dimaafkan");
        assertThat(stored(aug13).lateMinutes()).isZero();

        tertib.attendance().setCode(List.of(cell), "", "", "koreksi dibatalkan");

        assertThat(stored(aug13)).satisfies(d -> {
            assertThat(d.code()).isEqualTo("TL");
            assertThat(d.source()).isEqualTo(DaySource.MACHINE);
            assertThat(d.lateMinutes()).isEqualTo(12);
        });
    }

    @Test
    void importDailyRefusesMinutesOnACodeThatCannotCarryThemAndSaysWhere() throws Exception {
        Path file = AppFixtures.write(dir, "lain.csv", "nip,date,code,late_minutes,early_minutes\n"
                + AppFixtures.NIP_BUDI + ",2026-08-13,H,25,\n"
                + AppFixtures.NIP_BUDI + ",2026-08-14,DL,,30\n"
                + AppFixtures.NIP_BUDI + ",2026-08-18,TL,25,\n");

        DailyImport.Preview preview = tertib.dailyImport().preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(2, "late_minutes", "attendance.import.minutesOnCode"),
                        tuple(3, "early_minutes", "attendance.import.minutesOnCode"));
        assertThat(preview.lines()).extracting(DailyImport.Line::row).containsExactly(4);
    }
}
