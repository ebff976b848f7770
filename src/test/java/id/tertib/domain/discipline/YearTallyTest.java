package id.tertib.domain.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tertib.domain.DomainException;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Which stored days make a year's figures: TK on working days, minutes only on days at work, valid absences nothing;
 * the PPPK ladder from the office's thresholds; the rule set by person and date.
 */
class YearTallyTest {

    /** Monday to Friday, with 17 Aug 2026 (Monday) a holiday. */
    private static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek().getValue() <= 5
            && !d.equals(LocalDate.of(2026, 8, 17));
    private static final AttendanceCodes CODES = AttendanceCodes.defaults();

    private static AttendanceDay coded(String date, String code) {
        return AttendanceDay.coded(1, LocalDate.parse(date), code, DaySource.MANUAL, "");
    }

    private static AttendanceDay timed(String date, String code, int late, int early) {
        return new AttendanceDay(1, LocalDate.parse(date), code, Optional.of(LocalTime.of(8, 0)),
                Optional.of(LocalTime.of(15, 0)), late, early, DaySource.MACHINE, "", "", Optional.empty());
    }

    @Test
    void tkDaysAndMinutesOfTheYearCountValidAbsencesDoNot() {
        List<AttendanceDay> days = List.of(
                coded("2026-03-02", "TK"), coded("2026-03-03", "TK"),
                coded("2026-03-04", "DL"), coded("2026-03-05", "S"), coded("2026-03-06", "I"),
                coded("2026-03-09", "CT"), coded("2026-03-10", "CS"),
                timed("2026-04-01", "TL", 300, 0), timed("2026-04-02", "PSW", 0, 150),
                timed("2026-04-03", "TL", 100, 20),
                // Minutes on a day later excused as permission are excused with it.
                timed("2026-04-06", "I", 200, 0),
                // Another year does not count.
                coded("2025-12-31", "TK"), timed("2027-01-04", "TL", 450, 0));

        YearTally t = YearTally.of(2026, days, CODES, WORKING);

        assertThat(t.tkDays()).isEqualTo(2);
        assertThat(t.lateMinutes()).isEqualTo(400);
        assertThat(t.earlyMinutes()).isEqualTo(170);
        assertThat(t.lastIncident()).contains(LocalDate.of(2026, 4, 3));
        Assessment a = t.assess(RuleSets.PP_94_2021);
        // 570 minutes make 1 day (120 minutes short of a second): 2 + 1 = 3 days, teguran lisan.
        assertThat(a.convertedDays()).isEqualTo(1);
        assertThat(a.totalDays()).isEqualTo(3);
        assertThat(a.minutesToNextDay()).isEqualTo(330);
        assertThat(a.rung().map(Rung::punishment)).contains("teguranLisan");
    }

    @Test
    void aTenDayRunAcrossTwoWeekendsAndAHolidayIsDismissal() {
        // Wed 12 Aug to Wed 26 Aug 2026: weekends 15-16 and 22-23 and the holiday on 17 Aug are not working days.
        List<AttendanceDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 8, 12); !d.isAfter(LocalDate.of(2026, 8, 26)); d = d.plusDays(1)) {
            if (WORKING.test(d)) {
                days.add(AttendanceDay.coded(1, d, "TK", DaySource.MANUAL, ""));
            }
        }

        YearTally t = YearTally.of(2026, days, CODES, WORKING);
        Assessment a = t.assess(RuleSets.PP_94_2021);

        assertThat(t.tkDays()).isEqualTo(10);
        assertThat(t.run()).isEqualTo(new UnexcusedRun(10, LocalDate.of(2026, 8, 12), LocalDate.of(2026, 8, 26)));
        assertThat(a.byRun()).isTrue();
        assertThat(a.rung().map(Rung::punishment)).contains("pemberhentianBerturut");
        assertThat(a.level()).contains(Level.BERAT);
    }

    @Test
    void aTkOnANonWorkingDayIsNotCounted() {
        YearTally t = YearTally.of(2026, List.of(coded("2026-08-15", "TK"), coded("2026-08-17", "TK")), CODES, WORKING);

        assertThat(t.tkDays()).isZero();
        assertThat(t.run().length()).isZero();
    }

    @Test
    void unknownCodesAreLeftOutNotGuessed() {
        YearTally t = YearTally.of(2026, List.of(coded("2026-03-02", "XYZ")), CODES, WORKING);

        assertThat(t.tkDays()).isZero();
        assertThat(t.lastIncident()).isEmpty();
    }

    @Test
    void pppkLadderFollowsTheOfficeThresholds() {
        RuleSet pppk = RuleSets.pppk(new DisciplineRules(450, 2, 11, 21, 10));

        assertThat(Assessment.of(pppk, 2, 0, 0, UnexcusedRun.NONE).rung()).isEmpty();
        assertThat(Assessment.of(pppk, 3, 0, 0, UnexcusedRun.NONE).rung().map(Rung::punishment))
                .contains("teguranLisan");
        assertThat(Assessment.of(pppk, 10, 0, 0, UnexcusedRun.NONE).rung().map(Rung::punishment))
                .contains("pernyataanTidakPuas");
        assertThat(Assessment.of(pppk, 11, 0, 0, UnexcusedRun.NONE).level()).contains(Level.SEDANG);
        assertThat(Assessment.of(pppk, 20, 0, 0, UnexcusedRun.NONE).level()).contains(Level.SEDANG);
        assertThat(Assessment.of(pppk, 21, 0, 0, UnexcusedRun.NONE).rung().map(Rung::punishment))
                .contains("pemutusanPerjanjian");

        RuleSet stricter = RuleSets.pppk(new DisciplineRules(450, 2, 8, 15, 0));
        assertThat(Assessment.of(stricter, 8, 0, 0, UnexcusedRun.NONE).level()).contains(Level.SEDANG);
        assertThat(Assessment.of(stricter, 15, 0, 0, UnexcusedRun.NONE).level()).contains(Level.BERAT);
        assertThat(stricter.consecutiveRung()).isEmpty();
    }

    @Test
    void theRuleSetIsChosenByPersonAndOffenceDateWithTheOfficeMinutes() {
        DisciplineRules office = new DisciplineRules(420, 2, 11, 21, 10);

        assertThat(RuleSets.forPerson(false, LocalDate.of(2021, 8, 30), office).map(RuleSet::id)).contains("PP53/2010");
        assertThat(RuleSets.forPerson(false, LocalDate.of(2021, 8, 31), office).map(RuleSet::id)).contains("PP94/2021");
        assertThat(RuleSets.forPerson(true, LocalDate.of(2026, 3, 1), office).map(RuleSet::id))
                .contains(RuleSets.PPPK_ID);
        assertThat(RuleSets.forPerson(false, LocalDate.of(2026, 3, 1), office).map(RuleSet::minutesPerDay))
                .contains(420);
        assertThat(RuleSets.forPerson(false, LocalDate.of(2009, 1, 1), office)).isEmpty();
    }

    @Test
    void officeRulesOutOfRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new DisciplineRules(30, 2, 11, 21, 10)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems().get(0).field()).isEqualTo("minutesPerDay"));
        assertThatThrownBy(() -> new DisciplineRules(450, 2, 11, 11, 10)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems().get(0).field()).isEqualTo("pppkBeratFrom"));
        assertThatThrownBy(() -> new DisciplineRules(450, 2, 7, 21, 10)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new DisciplineRules(450, 2, 11, 21, 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void earlyWarningTakesThoseAtOrNearAThreshold() {
        RuleSet r = RuleSets.PP_94_2021;
        // 1 day: the first threshold (3) is 2 away.
        assertThat(Assessment.of(r, 1, 0, 0, UnexcusedRun.NONE).nearThreshold(2)).isTrue();
        assertThat(Assessment.of(r, 1, 0, 0, UnexcusedRun.NONE).nearThreshold(1)).isFalse();
        assertThat(Assessment.of(r, 0, 0, 0, UnexcusedRun.NONE).nearThreshold(2)).isFalse();
        // A run of 8 is 2 short of the 10-day rung even with few days in all.
        UnexcusedRun eight = new UnexcusedRun(8, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11));
        assertThat(Assessment.of(r, 8, 0, 0, eight).nearThreshold(2)).isTrue();
        assertThat(Assessment.of(r, 3, 0, 0, UnexcusedRun.NONE).nearThreshold(0)).isTrue();
    }

    @Test
    void workingDayHelperSkipsWeekends() {
        assertThat(DisciplineCase.addWorkingDays(LocalDate.of(2026, 11, 20), 7, WORKING))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(LocalDate.of(2026, 11, 20).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    }
}
