package id.tertib.domain.discipline;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The longest run of consecutive unexcused working days in a calendar year. Days that are not working days (weekends,
 * holidays, cuti bersama) neither break nor lengthen a run: ten working days of TK from one Monday to the Friday after
 * next is a run of ten. Any working day with another code (present, DL, S, I, leave) breaks it.
 */
public record UnexcusedRun(int length, LocalDate from, LocalDate to) {

    public static final UnexcusedRun NONE = new UnexcusedRun(0, null, null);

    /** The longest run in {@code year} (the earliest of equal ones); runs do not cross the year's end. */
    public static UnexcusedRun longest(int year, Set<LocalDate> unexcused, Predicate<LocalDate> workingDay) {
        UnexcusedRun best = NONE;
        int length = 0;
        LocalDate start = null;
        LocalDate last = null;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (!workingDay.test(d)) {
                continue;
            }
            if (unexcused.contains(d)) {
                if (length == 0) {
                    start = d;
                }
                length++;
                last = d;
                if (length > best.length()) {
                    best = new UnexcusedRun(length, start, last);
                }
            } else {
                length = 0;
            }
        }
        return best;
    }
}
