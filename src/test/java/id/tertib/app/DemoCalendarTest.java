package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.Holiday.HolidayKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's calendar: the decrees of 2024-2026 as published, other years generated from rules. */
class DemoCalendarTest {

    @TempDir
    Path dir;

    private static long count(List<Holiday> list, HolidayKind kind) {
        return list.stream().filter(h -> h.kind() == kind).count();
    }

    @Test
    void theDecreesOf2024To2026() {
        assertThat(count(DemoCalendar.holidays(2024), HolidayKind.NATIONAL)).isEqualTo(17);
        assertThat(count(DemoCalendar.holidays(2024), HolidayKind.CUTI_BERSAMA)).isEqualTo(10);
        assertThat(count(DemoCalendar.holidays(2025), HolidayKind.NATIONAL)).isEqualTo(17);
        assertThat(count(DemoCalendar.holidays(2025), HolidayKind.CUTI_BERSAMA)).isEqualTo(10);
        assertThat(count(DemoCalendar.holidays(2026), HolidayKind.NATIONAL)).isEqualTo(17);
        assertThat(count(DemoCalendar.holidays(2026), HolidayKind.CUTI_BERSAMA)).isEqualTo(8);
        assertThat(DemoCalendar.holidays(2025)).extracting(Holiday::date).isSorted().doesNotHaveDuplicates();
        assertThat(DemoCalendar.ramadan(2025)).singleElement()
                .satisfies(r -> assertThat(r).containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 30)));
    }

    @Test
    void anotherYearGetsFixedDatesEasterAndTheIslamicHolidays() {
        List<Holiday> y2027 = DemoCalendar.holidays(2027);

        assertThat(DemoCalendar.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(DemoCalendar.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(y2027).extracting(Holiday::date).contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 17), LocalDate.of(2027, 12, 25),
                LocalDate.of(2027, 3, 26), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 2, 6));
        assertThat(y2027).allMatch(h -> h.kind() == HolidayKind.NATIONAL && h.date().getYear() == 2027);
        assertThat(y2027).filteredOn(h -> h.name().startsWith("Hari Raya Idul Fitri")).hasSize(2)
                .allMatch(h -> h.date().getMonthValue() == 3);
        assertThat(y2027).extracting(Holiday::date).doesNotHaveDuplicates();
        assertThat(DemoCalendar.ramadan(2027)).singleElement().satisfies(r -> {
            assertThat(r[0].getMonthValue()).isEqualTo(2);
            assertThat(r[1]).isAfter(r[0].plusDays(27));
        });
    }

    @Test
    void earlyInJanuaryTheRunFallsInTheYearBeforeAndTheNewYearIsGenerated() {
        Clock january = Clock.fixed(Instant.parse("2027-01-12T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        Tertib tertib = Tertib.open(dir.resolve("t.db"), january);

        DemoService.Result r = tertib.demo().fillWithAttendance(5, 60, ImportProgress.NONE);
        tertib.auth().signIn("admin", DemoService.DEMO_PASSWORD);

        assertThat(tertib.calendar().years()).containsExactly(2026, 2027);
        assertThat(r.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2027, 1, 11));
        long root = tertib.units().list().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow().id();
        MonthSheet jan = tertib.attendance().month(root, YearMonth.of(2027, 1));
        assertThat(jan.records().values()).allSatisfy(days -> assertThat(days.keySet())
                .allMatch(d -> d.isBefore(LocalDate.of(2027, 1, 12)) && d.getDayOfWeek() != DayOfWeek.SATURDAY));
        assertThat(r.tk()).isPositive();
        assertThat(AppFixtures.refusalKeys(() -> Tertib.open(dir.resolve("big.db"), january).demo()
                .fillWithAttendance(1, DemoService.MAX_EMPLOYEES_WITH_ATTENDANCE + 1, ImportProgress.NONE)))
                .containsExactly("demo.attendanceTooLarge");
    }
}
