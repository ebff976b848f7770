package id.tertib.domain.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The longest run of consecutive unexcused working days in a calendar year. Days that are not working days (weekends,
 * holidays, cuti bersama) neither break nor lengthen a run: ten working days of TK from one Monday to the Friday after
 * next is a run of ten. Any working day with another code (present, DL, S, I, leave) breaks it.
 */
public record UnexcusedRun(int length, LocalDate from, LocalDate to) {

    public static final UnexcusedRun NONE = new UnexcusedRun(0, null, null);

    /**
     * The longest run in {@code year} (the earliest of equal ones); runs do not cross the year's end. Only the gaps
     * between unexcused days are looked at: two of them belong to one run when no working day lies between them, so
     * the cost follows the number of TK days, not the days of the year (an agency has thousands of people).
     */
    public static UnexcusedRun longest(int year, Set<LocalDate> unexcused, Predicate<LocalDate> workingDay) {
        List<LocalDate> days = unexcused.stream().filter(d -> d.getYear() == year && workingDay.test(d)).sorted()
                .toList();
        UnexcusedRun best = NONE;
        int length = 0;
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate d : days) {
            if (previous == null || workingDayBetween(previous, d, workingDay)) {
                length = 1;
                start = d;
            } else {
                length++;
            }
            if (length > best.length()) {
                best = new UnexcusedRun(length, start, d);
            }
            previous = d;
        }
        return best;
    }

    private static boolean workingDayBetween(LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (workingDay.test(d)) {
                return true;
            }
        }
        return false;
    }
}
