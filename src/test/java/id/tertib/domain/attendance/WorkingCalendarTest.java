package id.tertib.domain.attendance;

import static id.tertib.domain.attendance.Calendars2025.CUTI_BERSAMA_NATAL;
import static id.tertib.domain.attendance.Calendars2025.KEMERDEKAAN;
import static id.tertib.domain.attendance.Calendars2025.NATAL;
import static id.tertib.domain.attendance.Calendars2025.TAHUN_BARU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tertib.domain.DomainException;
import id.tertib.domain.attendance.Holiday.HolidayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = Calendars2025.calendar();

    @Test
    void holidaysAndCutiBersamaAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(TAHUN_BARU)).isFalse(); // a Wednesday
        assertThat(calendar.isWorkingDay(NATAL)).isFalse(); // a Thursday
        assertThat(calendar.isWorkingDay(CUTI_BERSAMA_NATAL)).isFalse(); // a Friday
        assertThat(calendar.holiday(CUTI_BERSAMA_NATAL).map(Holiday::kind)).contains(HolidayKind.CUTI_BERSAMA);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 2))).isTrue();
        assertThat(calendar.holiday(LocalDate.of(2025, 1, 2))).isEmpty();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 8, 16))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 8, 18))).isTrue(); // Monday
    }

    @Test
    void august2025Has21WorkingDaysBecause17AugustIsASunday() {
        assertThat(KEMERDEKAAN.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        // 31 days, 5 Saturdays (2, 9, 16, 23, 30) and 5 Sundays (3, 10, 17, 24, 31): 21 weekdays, no holiday on one.
        assertThat(calendar.workingDays(YearMonth.of(2025, 8))).hasSize(21);
        assertThat(calendar.holiday(KEMERDEKAAN)).isPresent();
        WorkingCalendar noHolidays = WorkingCalendar.mondayToFriday(Set.of(2025), List.of());
        assertThat(noHolidays.workingDays(YearMonth.of(2025, 8))).isEqualTo(calendar.workingDays(YearMonth.of(2025, 8)));
    }

    @Test
    void december2025LosesChristmasAndCutiBersama() {
        // 23 weekdays in December 2025; 25 (Thu) and 26 (Fri) are off.
        assertThat(calendar.workingDays(YearMonth.of(2025, 12))).hasSize(21)
                .doesNotContain(NATAL, CUTI_BERSAMA_NATAL);
    }

    @Test
    void countsBothEndsInclusive() {
        // Mon 22 Dec to Fri 26 Dec 2025: Mon, Tue, Wed.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 26))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 22))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 22))).isZero();
    }

    @Test
    void anotherWeeklyPatternIsPossible() {
        WorkingCalendar sixDays = new WorkingCalendar(Set.of(2025),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), Calendars2025.holidays());
        assertThat(sixDays.workingDays(YearMonth.of(2025, 8))).hasSize(26);
    }

    @Test
    void refusesYearsThatWereNotSet() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isInstanceOf(DomainException.class)
                .hasMessageContaining("calendar.yearNotSet");
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void refusesHolidaysOutsideItsYearsAndTwiceOnOneDate() {
        assertThatThrownBy(() -> WorkingCalendar.mondayToFriday(Set.of(2025),
                List.of(new Holiday(LocalDate.of(2026, 1, 1), "Tahun Baru", HolidayKind.NATIONAL))))
                .isInstanceOf(DomainException.class).hasMessageContaining("calendar.holidayOutsideYears");
        assertThatThrownBy(() -> WorkingCalendar.mondayToFriday(Set.of(2025),
                List.of(new Holiday(NATAL, "Natal", HolidayKind.NATIONAL),
                        new Holiday(NATAL, "Natal lagi", HolidayKind.CUTI_BERSAMA))))
                .isInstanceOf(DomainException.class).hasMessageContaining("calendar.holidayDuplicate");
        assertThatThrownBy(() -> new Holiday(NATAL, " ", HolidayKind.NATIONAL))
                .isInstanceOf(DomainException.class).hasMessageContaining("calendar.holidayNameRequired");
    }
}
