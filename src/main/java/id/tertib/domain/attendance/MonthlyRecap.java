package id.tertib.domain.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A month of attendance as offices file it: one row per person with the code of each day and the month's totals.
 * Writers (CSV, XLSX) and screens depend on this shape only.
 *
 * @param unitName the unit the recap is for; empty for a whole agency with more than one top unit
 * @param days every date of the month, working or not by the office calendar (for shading)
 * @param rows in the order to print: by unit, then name
 * @param head who signs the recap (the unit's structural official), when known
 */
public record MonthlyRecap(String unitName, YearMonth month, List<Day> days, List<Row> rows, Optional<Signatory> head) {

    public MonthlyRecap {
        unitName = unitName == null ? "" : unitName;
        Objects.requireNonNull(month, "month");
        days = List.copyOf(days);
        rows = List.copyOf(rows);
        Objects.requireNonNull(head, "head");
        if (days.size() != month.lengthOfMonth()) {
            throw new IllegalArgumentException(days.size() + " days for " + month);
        }
    }

    /** A date of the month; {@code holidayName} is empty unless a holiday or cuti bersama falls on it. */
    public record Day(LocalDate date, boolean working, String holidayName) {
        public Day {
            Objects.requireNonNull(date, "date");
            holidayName = holidayName == null ? "" : holidayName;
        }
    }

    /**
     * One person's month. {@code codes} has one entry per date of the month: the stored code of a working day, ""
     * on a day that is not a working day for the person's unit or has no record.
     */
    public record Row(String nip, String nipGrouped, String name, long unitId, String unitName, List<String> codes,
            MonthTotals totals) {

        public Row {
            Objects.requireNonNull(nip, "nip");
            Objects.requireNonNull(name, "name");
            unitName = unitName == null ? "" : unitName;
            codes = List.copyOf(codes);
            Objects.requireNonNull(totals, "totals");
        }

        /**
         * The row of one person: the code of each working day and the totals over those same days, so what the cells
         * show and what the totals count never disagree (a record left on a day that has since become a holiday
         * counts for nothing).
         */
        public static Row of(Person person, YearMonth month, Predicate<LocalDate> workingDay,
                Map<LocalDate, AttendanceDay> records, AttendanceCodes codes) {
            List<String> cells = new ArrayList<>(month.lengthOfMonth());
            List<AttendanceDay> counted = new ArrayList<>();
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                AttendanceDay day = records.get(date);
                if (day != null && workingDay.test(date)) {
                    cells.add(day.code());
                    counted.add(day);
                } else {
                    cells.add("");
                }
            }
            return new Row(person.nip(), person.nipGrouped(), person.name(), person.unitId(), person.unitName(), cells,
                    MonthTotals.of(counted, codes));
        }
    }

    /** Who a row is about, as printed. */
    public record Person(String nip, String nipGrouped, String name, long unitId, String unitName) {
    }

    /** The official who signs: name with titles and the NIP as written on letters. */
    public record Signatory(String name, String nipGrouped) {
    }

    /** True when the rows come from more than one unit (a printed recap then names each unit above its people). */
    public boolean spansUnits() {
        return rows.stream().map(Row::unitId).distinct().limit(2).count() > 1;
    }
}
