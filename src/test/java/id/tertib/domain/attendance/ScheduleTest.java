package id.tertib.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    /** Ramadan 1446 H, approximately 1 Mar - 30 Mar 2025 (the real dates come from the office each year). */
    static final RamadanPeriod RAMADAN_2025 = RamadanPeriod.perpres21_2023(LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 3, 30));

    @Test
    void normalWeekIs37AndAHalfHours() {
        // Mon-Thu: 8.5 h - 1 h break = 7.5 h, x4 = 30 h; Fri: 9 h - 1.5 h = 7.5 h.
        Schedule s = Schedule.perpres21_2023();
        assertThat(s.week().get(DayOfWeek.MONDAY).working()).isEqualTo(Duration.ofMinutes(450));
        assertThat(s.week().get(DayOfWeek.FRIDAY).working()).isEqualTo(Duration.ofMinutes(450));
        assertThat(s.weeklyHours()).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
    }

    @Test
    void ramadanWeekIs32AndAHalfHours() {
        // Mon-Thu: 7 h - 0.5 h = 6.5 h, x4 = 26 h; Fri: 7.5 h - 1 h = 6.5 h.
        assertThat(RAMADAN_2025.weeklyHours()).isEqualTo(Duration.ofMinutes(32 * 60 + 30));
        assertThat(RAMADAN_2025.hoursOn(DayOfWeek.FRIDAY).map(WorkHours::working)).contains(Duration.ofMinutes(390));
    }

    @Test
    void hoursForADate() {
        Schedule s = Schedule.perpres21_2023().withRamadan(RAMADAN_2025);
        assertThat(s.hoursFor(LocalDate.of(2025, 8, 18)).map(WorkHours::end)).contains(LocalTime.of(16, 0)); // Mon
        assertThat(s.hoursFor(LocalDate.of(2025, 8, 22)).map(WorkHours::end)).contains(LocalTime.of(16, 30)); // Fri
        assertThat(s.hoursFor(LocalDate.of(2025, 8, 23))).isEmpty(); // Sat
        assertThat(s.hoursFor(LocalDate.of(2025, 3, 10)).map(WorkHours::start)).contains(LocalTime.of(8, 0));
        assertThat(s.hoursFor(LocalDate.of(2025, 3, 31)).map(WorkHours::start)).contains(LocalTime.of(7, 30));
    }

    @Test
    void aDateOutsideTheValidityIsACallerError() {
        Schedule s = new Schedule(7L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                Schedule.perpres21_2023().week(), 59, List.of());
        assertThatThrownBy(() -> s.hoursFor(LocalDate.of(2025, 7, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultsPassTheRules() {
        assertThat(ScheduleRules.check(Schedule.perpres21_2023().withRamadan(RAMADAN_2025))).isEmpty();
    }

    @Test
    void reportsEndBeforeStartAndBreaksOutsideTheDay() {
        Map<DayOfWeek, WorkHours> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, WorkHours.of("16:00", "07:30", "12:00", "13:00"));
        week.put(DayOfWeek.TUESDAY, WorkHours.of("07:30", "16:00", "06:00", "07:00"));
        week.put(DayOfWeek.WEDNESDAY, WorkHours.of("07:30", "16:00", "13:00", "12:00"));
        week.put(DayOfWeek.THURSDAY, new WorkHours(LocalTime.of(7, 30), LocalTime.of(16, 0), LocalTime.NOON, null));
        week.put(DayOfWeek.FRIDAY, WorkHours.of("07:30", "16:30", "15:30", "17:00"));
        Schedule s = new Schedule(null, null, null, week, 59, List.of());
        assertThat(ScheduleRules.check(s)).extracting(Problem::field, Problem::messageKey).containsExactly(
                tuple("week.MONDAY", "schedule.endBeforeStart"),
                tuple("week.TUESDAY", "schedule.breakOutsideHours"),
                tuple("week.WEDNESDAY", "schedule.breakEndBeforeStart"),
                tuple("week.THURSDAY", "schedule.breakIncomplete"),
                tuple("week.FRIDAY", "schedule.breakOutsideHours"));
    }

    @Test
    void reportsBadValidityToleranceAndRamadan() {
        Schedule s = new Schedule(3L, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 31),
                Schedule.perpres21_2023().week(), 3600, List.of(RAMADAN_2025,
                        new RamadanPeriod(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 1), Map.of())));
        assertThat(ScheduleRules.check(s)).extracting(Problem::messageKey).containsExactly(
                "schedule.validToBeforeFrom", "schedule.toleranceRange", "schedule.ramadanOutsideValidity",
                "schedule.ramadanEndBeforeStart", "schedule.ramadanOverlap");
    }

    @Test
    void refusesOverlappingValidityForOneUnit() {
        Map<DayOfWeek, WorkHours> week = Schedule.perpres21_2023().week();
        Schedule first = new Schedule(5L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), week, 59, List.of());
        Schedule overlapping = new Schedule(5L, LocalDate.of(2025, 6, 30), null, week, 59, List.of());
        Schedule following = new Schedule(5L, LocalDate.of(2025, 7, 1), null, week, 59, List.of());
        Schedule otherUnit = new Schedule(6L, LocalDate.of(2025, 3, 1), null, week, 59, List.of());

        assertThat(ScheduleRules.check(List.of(first, following, otherUnit, Schedule.perpres21_2023()))).isEmpty();
        assertThat(ScheduleRules.check(List.of(first, overlapping))).containsExactly(Problem.of("validFrom",
                "schedule.validityOverlap", 5L, Problem.of(null, "schedule.periodFrom", LocalDate.of(2025, 6, 30)),
                Problem.of(null, "schedule.period", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))));
        assertThatThrownBy(() -> ScheduleRules.require(List.of(first, overlapping)))
                .isInstanceOf(DomainException.class).hasMessageContaining("schedule.validityOverlap");
        // Two office-wide schedules without dates overlap everywhere.
        assertThat(ScheduleRules.check(List.of(Schedule.perpres21_2023(), Schedule.perpres21_2023())))
                .extracting(Problem::messageKey).containsExactly("schedule.validityOverlap");
    }

    @Test
    void picksTheUnitsOwnScheduleElseTheOfficeOne() {
        Schedule office = Schedule.perpres21_2023();
        Schedule unit = new Schedule(5L, LocalDate.of(2025, 7, 1), null, Map.of(DayOfWeek.SATURDAY,
                WorkHours.withoutBreak("08:00", "12:00")), 59, List.of());
        List<Schedule> all = List.of(office, unit);
        assertThat(ScheduleRules.applicable(all, 5L, LocalDate.of(2025, 7, 5))).contains(unit);
        assertThat(ScheduleRules.applicable(all, 5L, LocalDate.of(2025, 6, 30))).contains(office);
        assertThat(ScheduleRules.applicable(all, 9L, LocalDate.of(2025, 7, 5))).contains(office);
        assertThat(ScheduleRules.applicable(List.of(unit), 9L, LocalDate.of(2025, 7, 5))).isEmpty();
    }
}
