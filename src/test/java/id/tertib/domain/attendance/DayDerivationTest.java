package id.tertib.domain.attendance;

import static id.tertib.domain.attendance.DailyResult.Flag.MISSING_ARRIVAL;
import static id.tertib.domain.attendance.DailyResult.Flag.MISSING_DEPARTURE;
import static id.tertib.domain.attendance.DailyResult.Flag.NOT_A_WORKING_DAY;
import static id.tertib.domain.attendance.DailyResult.Flag.NO_PUNCH;
import static id.tertib.domain.attendance.DailyResult.Flag.PUNCHES_OUTSIDE_WINDOWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayDerivationTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 8, 18);
    private static final LocalDate FRIDAY = LocalDate.of(2025, 8, 22);
    private static final LocalDate SATURDAY = LocalDate.of(2025, 8, 16);
    private static final LocalDate RAMADAN_MONDAY = LocalDate.of(2025, 3, 10);

    private final WorkingCalendar calendar = Calendars2025.calendar();
    private final Schedule schedule = Schedule.perpres21_2023().withRamadan(ScheduleTest.RAMADAN_2025);
    private final DayDerivation derivation = new DayDerivation();

    private DailyResult derive(LocalDate date, String... times) {
        List<LocalDateTime> punches = Arrays.stream(times).map(t -> date.atTime(LocalTime.parse(t))).toList();
        return derivation.derive(date, punches, calendar, schedule);
    }

    @Test
    void secondsWithinTheStartingMinuteAreTolerated() {
        DailyResult onTime = derive(MONDAY, "07:30:59", "16:05");
        assertThat(onTime.lateMinutes()).isZero();
        assertThat(onTime.code()).isEqualTo("H");
        assertThat(onTime.flags()).isEmpty();
        assertThat(onTime.complete()).isTrue();

        DailyResult late = derive(MONDAY, "07:31:00", "16:05");
        assertThat(late.lateMinutes()).isEqualTo(1);
        assertThat(late.code()).isEqualTo("TL");
    }

    @Test
    void lateMinutesDropTheSeconds() {
        assertThat(derive(MONDAY, "07:45:30", "16:00").lateMinutes()).isEqualTo(15);
        assertThat(derive(MONDAY, "07:29:00", "16:00").lateMinutes()).isZero();
    }

    @Test
    void aLargerToleranceStillCountsFromTheStart() {
        List<LocalDateTime> punches = List.of(MONDAY.atTime(7, 35, 0), MONDAY.atTime(16, 0));
        List<LocalDateTime> later = List.of(MONDAY.atTime(7, 36, 0), MONDAY.atTime(16, 0));
        Optional<WorkHours> hours = schedule.hoursFor(MONDAY);
        assertThat(derivation.derive(MONDAY, punches, calendar, hours, 300).lateMinutes()).isZero();
        assertThat(derivation.derive(MONDAY, later, calendar, hours, 300).lateMinutes()).isEqualTo(6);
    }

    @Test
    void fridayEndsAt1630AndMondayAt1600() {
        DailyResult friday = derive(FRIDAY, "07:20", "16:15");
        assertThat(friday.earlyMinutes()).isEqualTo(15);
        assertThat(friday.code()).isEqualTo("PSW");

        DailyResult monday = derive(MONDAY, "07:20", "16:15");
        assertThat(monday.earlyMinutes()).isZero();
        assertThat(monday.code()).isEqualTo("H");
    }

    @Test
    void leavingWithinTheLastMinuteIsOneMinuteEarly() {
        assertThat(derive(MONDAY, "07:20", "15:59:30").earlyMinutes()).isEqualTo(1);
        assertThat(derive(MONDAY, "07:20", "16:00:00").earlyMinutes()).isZero();
    }

    @Test
    void lateAndEarlyOnOneDayIsTlWithBothMinutesKept() {
        DailyResult r = derive(MONDAY, "07:40", "15:50");
        assertThat(r.code()).isEqualTo("TL");
        assertThat(r.lateMinutes()).isEqualTo(10);
        assertThat(r.earlyMinutes()).isEqualTo(10);
    }

    @Test
    void ramadanStartsAt0800() {
        DailyResult onTime = derive(RAMADAN_MONDAY, "07:55", "15:00");
        assertThat(onTime.lateMinutes()).isZero();
        assertThat(onTime.code()).isEqualTo("H");

        DailyResult late = derive(RAMADAN_MONDAY, "08:05", "15:00");
        assertThat(late.lateMinutes()).isEqualTo(5);
        assertThat(late.code()).isEqualTo("TL");
    }

    @Test
    void aHolidayIsNotAWorkingDay() {
        DailyResult r = derive(Calendars2025.NATAL, "08:10", "11:00");
        assertThat(r.flags()).containsExactly(NOT_A_WORKING_DAY);
        assertThat(r.lateMinutes()).isZero();
        assertThat(r.earlyMinutes()).isZero();
        assertThat(r.code()).isEmpty();
        // The scans are still reported: being at the office on a date matters (e.g. against a trip).
        assertThat(r.arrival()).contains(LocalTime.of(8, 10));
        assertThat(r.departure()).contains(LocalTime.of(11, 0));
    }

    @Test
    void aWeekendIsNotAWorkingDayWithOrWithoutPunches() {
        assertThat(derive(SATURDAY, "09:00").flags()).containsExactly(NOT_A_WORKING_DAY);
        assertThat(derive(SATURDAY, "09:00").arrival()).contains(LocalTime.of(9, 0));
        assertThat(derive(SATURDAY, "09:00").departure()).isEmpty();
        assertThat(derive(SATURDAY).flags()).containsExactly(NOT_A_WORKING_DAY);
    }

    @Test
    void duplicateScansAreIgnored() {
        DailyResult r = derive(MONDAY, "07:25:10", "07:25:10", "07:25:40", "16:02", "16:02");
        assertThat(r.arrival()).contains(LocalTime.of(7, 25, 10));
        assertThat(r.departure()).contains(LocalTime.of(16, 2));
        assertThat(r.flags()).isEmpty();
        assertThat(r.code()).isEqualTo("H");
    }

    @Test
    void punchesInAnyOrderAndOnlyTimesCount() {
        // The device recorded 07:20 as "out" and 16:10 as "in"; we receive only times, so the window decides.
        DailyResult r = derive(MONDAY, "16:10", "07:20", "10:00", "14:00");
        assertThat(r.arrival()).contains(LocalTime.of(7, 20));
        assertThat(r.departure()).contains(LocalTime.of(16, 10));
        assertThat(r.code()).isEqualTo("H");
    }

    @Test
    void aMissingDepartureIsFlaggedNotFilled() {
        DailyResult r = derive(MONDAY, "07:40");
        assertThat(r.flags()).containsExactly(MISSING_DEPARTURE);
        assertThat(r.departure()).isEmpty();
        assertThat(r.earlyMinutes()).isZero();
        assertThat(r.code()).isEqualTo("TL");
        assertThat(r.complete()).isFalse();
    }

    @Test
    void aMissingArrivalIsFlaggedNotFilled() {
        DailyResult r = derive(MONDAY, "15:30");
        assertThat(r.flags()).containsExactly(MISSING_ARRIVAL);
        assertThat(r.arrival()).isEmpty();
        assertThat(r.lateMinutes()).isZero();
        assertThat(r.earlyMinutes()).isEqualTo(30);
        assertThat(r.code()).isEqualTo("PSW");
    }

    @Test
    void punchesOnlyAtLunchAreOutsideBothWindows() {
        // Monday break 12:00-13:00: the morning window ends before 12:00, the afternoon one starts at 13:00.
        DailyResult r = derive(MONDAY, "12:05", "12:55");
        assertThat(r.flags()).containsExactlyInAnyOrder(MISSING_ARRIVAL, MISSING_DEPARTURE, PUNCHES_OUTSIDE_WINDOWS);
        assertThat(r.arrival()).isEmpty();
        assertThat(r.departure()).isEmpty();
        assertThat(r.code()).isEmpty();
    }

    @Test
    void windowEdges() {
        // Morning window from 04:30 (start - 3 h) inclusive to 12:00 exclusive; afternoon 13:00 to 22:00 inclusive.
        assertThat(derive(MONDAY, "04:29:59", "16:00").flags()).contains(MISSING_ARRIVAL, PUNCHES_OUTSIDE_WINDOWS);
        assertThat(derive(MONDAY, "04:30", "16:00").flags()).isEmpty();
        assertThat(derive(MONDAY, "07:00", "12:00").flags()).contains(MISSING_DEPARTURE, PUNCHES_OUTSIDE_WINDOWS);
        assertThat(derive(MONDAY, "07:00", "22:00").flags()).isEmpty();
        assertThat(derive(MONDAY, "07:00", "22:00:01").flags()).contains(MISSING_DEPARTURE);
        // Someone who arrives at 11:59 arrives, 269 minutes late.
        assertThat(derive(MONDAY, "11:59", "16:00").lateMinutes()).isEqualTo(269);
    }

    @Test
    void withoutABreakTheMiddleOfTheDaySplitsTheWindows() {
        WorkHours hours = WorkHours.withoutBreak("08:00", "12:00"); // midpoint 10:00
        List<LocalDateTime> punches = List.of(MONDAY.atTime(9, 59), MONDAY.atTime(10, 0));
        DailyResult r = derivation.derive(MONDAY, punches, calendar, Optional.of(hours), 59);
        assertThat(r.arrival()).contains(LocalTime.of(9, 59));
        assertThat(r.departure()).contains(LocalTime.of(10, 0));
        assertThat(r.lateMinutes()).isEqualTo(119);
        assertThat(r.earlyMinutes()).isEqualTo(120);
    }

    @Test
    void configurableWindows() {
        DayDerivation narrow = new DayDerivation(new PunchWindows(Duration.ofHours(1), Duration.ofHours(1)));
        List<LocalDateTime> punches = List.of(MONDAY.atTime(6, 0), MONDAY.atTime(16, 0));
        assertThat(narrow.derive(MONDAY, punches, calendar, schedule).flags())
                .containsExactlyInAnyOrder(MISSING_ARRIVAL, PUNCHES_OUTSIDE_WINDOWS);
    }

    @Test
    void aWorkingDayWithoutPunchesHasNoCode() {
        DailyResult r = derive(MONDAY);
        assertThat(r.flags()).containsExactly(NO_PUNCH);
        assertThat(r.code()).isEmpty();
    }

    @Test
    void aPunchOnAnotherDateIsACallerError() {
        assertThatThrownBy(() -> derivation.derive(MONDAY, List.of(FRIDAY.atTime(7, 0)), calendar, schedule))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
