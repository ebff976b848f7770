package id.tertib.domain.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The PP 94/2021 ladder (art. 9-11) at each boundary, minute conversion, consecutive runs, and the rule set by date. */
class DisciplineLadderTest {

    private static final RuleSet PP94 = RuleSets.PP_94_2021;

    private static Assessment tk(int days) {
        return Assessment.of(PP94, days, 0, 0, UnexcusedRun.NONE);
    }

    @ParameterizedTest(name = "{0} days: {1} {2}, {3} more to the next rung")
    @CsvSource({
        "2,  ,         ,                     1",
        "3,  RINGAN,   teguranLisan,         1",
        "4,  RINGAN,   teguranTertulis,      3",
        "6,  RINGAN,   teguranTertulis,      1",
        "7,  RINGAN,   pernyataanTidakPuas,  4",
        "10, RINGAN,   pernyataanTidakPuas,  1",
        "11, SEDANG,   potonganTukin6,       3",
        "13, SEDANG,   potonganTukin6,       1",
        "14, SEDANG,   potonganTukin9,       3",
        "16, SEDANG,   potonganTukin9,       1",
        "17, SEDANG,   potonganTukin12,      4",
        "20, SEDANG,   potonganTukin12,      1",
        "21, BERAT,    penurunanJabatan,     4",
        "24, BERAT,    penurunanJabatan,     1",
        "25, BERAT,    jabatanPelaksana,     3",
        "27, BERAT,    jabatanPelaksana,     1",
        "28, BERAT,    pemberhentian,        0",
    })
    void everyRungOfTheLadderAtItsBoundaries(int days, Level level, String punishment, int toNext) {
        Assessment a = tk(days);

        assertThat(a.level()).isEqualTo(Optional.ofNullable(level));
        assertThat(a.rung().map(Rung::punishment)).isEqualTo(Optional.ofNullable(punishment));
        assertThat(a.daysToNext()).isEqualTo(toNext);
    }

    @ParameterizedTest(name = "{0} + {1} minutes make {2} days")
    @CsvSource({"449, 0, 0, 1", "450, 0, 1, 450", "449, 450, 1, 1", "899, 0, 1, 1", "900, 0, 2, 450",
        "600, 300, 2, 450"})
    void lateAndEarlyMinutesMakeWholeDaysAt450(int late, int early, int days, int minutesToNextDay) {
        Assessment a = Assessment.of(PP94, 0, late, early, UnexcusedRun.NONE);

        assertThat(a.convertedDays()).isEqualTo(days);
        assertThat(a.totalDays()).isEqualTo(days);
        assertThat(a.minutesToNextDay()).isEqualTo(minutesToNextDay);
    }

    @Test
    void tkDaysAndConvertedMinutesAddUpAndAnOfficeMayChangeTheMinutesPerDay() {
        // 2 TK days + 900 minutes (2 days) = 4 days: a written warning.
        assertThat(Assessment.of(PP94, 2, 600, 300, UnexcusedRun.NONE).rung().map(Rung::punishment))
                .contains("teguranTertulis");
        // At 300 minutes a day the same 900 minutes make 3 days: 5 in all.
        assertThat(Assessment.of(PP94.withMinutesPerDay(300), 2, 600, 300, UnexcusedRun.NONE).totalDays())
                .isEqualTo(5);
    }

    /** Monday to Friday, with Wednesday 16 Sep 2026 as a holiday. */
    private static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !d.equals(LocalDate.of(2026, 9, 16));

    private static Set<LocalDate> days(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).collect(
                java.util.stream.Collectors.toSet());
    }

    @Test
    void tenWorkingDaysOfTkAcrossAWeekendAndAHolidayAreOneRunThatLeadsToDismissal() {
        // Mon 7 Sep .. Mon 21 Sep 2026: 15 calendar days; weekends 12-13 and 19-20 and the holiday 16 Sep do not
        // count and do not break the run: 7, 8, 9, 10, 11, 14, 15, 17, 18, 21 = 10 working days.
        UnexcusedRun run = UnexcusedRun.longest(2026, days("2026-09-07", "2026-09-21"), WORKING);

        assertThat(run).isEqualTo(new UnexcusedRun(10, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 21)));
        Assessment a = Assessment.of(PP94, 10, 0, 0, run);
        assertThat(a.byRun()).isTrue();
        assertThat(a.level()).contains(Level.BERAT);
        assertThat(a.rung().map(Rung::punishment)).contains("pemberhentianBerturut");
        assertThat(Assessment.of(PP94, 10, 0, 0, new UnexcusedRun(9, null, null)).rung().map(Rung::punishment))
                .as("nine in a row are ten days in the year only").contains("pernyataanTidakPuas");
    }

    @Test
    void aWorkingDayWithAValidCodeBreaksTheRun() {
        // The caller passes only TK days: Thursday 10 Sep was DL (or S, I, leave), so it is missing here.
        Set<LocalDate> tk = days("2026-09-07", "2026-09-21");
        tk.remove(LocalDate.of(2026, 9, 10));

        assertThat(UnexcusedRun.longest(2026, tk, WORKING).length()).isEqualTo(6); // 11, 14, 15, 17, 18, 21
    }

    @Test
    void aRunIsNotCutAtNewYearAndCountsWholeInBothYears() {
        // Mon 21 Dec 2026 .. Fri 8 Jan 2027 with every working day TK. This test's calendar has no holiday then, so
        // 2026 holds 21-25 and 28-31 Dec (9) and 2027 holds 1 and 4-8 Jan (6): one run of 15 ("secara terus menerus",
        // no year in the rule), shown in the assessment of both years.
        Set<LocalDate> tk = days("2026-12-21", "2027-01-08");
        UnexcusedRun whole = new UnexcusedRun(15, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 8));

        assertThat(UnexcusedRun.longest(2026, tk, WORKING)).isEqualTo(whole);
        assertThat(UnexcusedRun.longest(2027, tk, WORKING)).isEqualTo(whole);
        assertThat(UnexcusedRun.longest(2025, tk, WORKING)).isEqualTo(UnexcusedRun.NONE);
        assertThat(UnexcusedRun.longest(2028, tk, WORKING)).isEqualTo(UnexcusedRun.NONE);
    }

    @Test
    void theLongestRunTouchingTheYearIsChosenNotALongerOneElsewhere() {
        // 12 TK days in Nov 2025 (outside 2026), then 3 in Jan 2026: 2026's run is the 3.
        Set<LocalDate> tk = new java.util.HashSet<>(days("2025-11-03", "2025-11-18"));
        tk.addAll(days("2026-01-05", "2026-01-07"));

        assertThat(UnexcusedRun.longest(2026, tk, WORKING))
                .isEqualTo(new UnexcusedRun(3, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7)));
        assertThat(UnexcusedRun.longest(2025, tk, WORKING).length()).isEqualTo(12);
    }

    @Test
    void theRuleSetIsChosenByTheDateOfTheOffence() {
        assertThat(RuleSets.forOffence(LocalDate.of(2021, 8, 30))).contains(RuleSets.PP_53_2010);
        assertThat(RuleSets.forOffence(LocalDate.of(2021, 8, 31))).contains(RuleSets.PP_94_2021);
        assertThat(RuleSets.forOffence(LocalDate.of(2009, 1, 1))).isEmpty();
        // Under PP 53/2010, 5 days were an oral warning and 46 a dismissal; 10 in a row had no rung of its own.
        assertThat(Assessment.of(RuleSets.PP_53_2010, 5, 0, 0, UnexcusedRun.NONE).rung().map(Rung::punishment))
                .contains("teguranLisan");
        assertThat(Assessment.of(RuleSets.PP_53_2010, 12, 0, 0, new UnexcusedRun(12, null, null)).byRun()).isFalse();
        assertThat(Assessment.of(RuleSets.PP_53_2010, 46, 0, 0, UnexcusedRun.NONE).level()).contains(Level.BERAT);
    }
}
