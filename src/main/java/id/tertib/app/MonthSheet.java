package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.MonthTotals;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit's month of attendance: its people (sub-units included) by the days of the month, with what is stored for
 * each working day. {@code calendarSet} is false when the month's year has no working calendar yet: then every
 * weekday shows as working and nothing is derived. {@code codeNames} says what each code means, for the picker and
 * the legend.
 */
public record MonthSheet(Unit unit, YearMonth month, List<Employee> people, List<DayColumn> days,
        Map<Long, Map<LocalDate, AttendanceDay>> records, AttendanceCodes codes, CodeNames codeNames,
        boolean calendarSet, boolean editable) {

    /** How a date of the month is treated. */
    public enum DayKind { WORKING, WEEKEND, HOLIDAY, CUTI_BERSAMA }

    /** A date of the month; {@code holidayName} is empty unless it is a holiday or cuti bersama. */
    public record DayColumn(LocalDate date, DayKind kind, String holidayName) {
        public boolean working() {
            return kind == DayKind.WORKING;
        }
    }

    public Optional<AttendanceDay> record(long employeeId, LocalDate date) {
        return Optional.ofNullable(records.getOrDefault(employeeId, Map.of()).get(date));
    }

    public MonthTotals totals(long employeeId) {
        return MonthTotals.of(records.getOrDefault(employeeId, Map.of()).values(), codes);
    }
}
