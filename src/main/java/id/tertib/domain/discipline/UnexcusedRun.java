package id.tertib.domain.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A run of consecutive unexcused working days. Days that are not working days (weekends, holidays, cuti bersama)
 * neither break nor lengthen a run: ten working days of TK from one Monday to the Friday after next is a run of ten.
 * Any working day with another code (present, DL, S, I, leave) breaks it.
 *
 * <p>A run is not cut at the year's end: PP 94/2021 counts the cumulative rungs "dalam 1 (satu) tahun", but the
 * dismissal for 10 days is "secara terus menerus selama 10 hari kerja", with no year in it. A run from 22 Dec to 7 Jan
 * counts whole, in the assessment of both years it touches.
 */
public record UnexcusedRun(int length, LocalDate from, LocalDate to) {

    public static final UnexcusedRun NONE = new UnexcusedRun(0, null, null);

    /**
     * The longest run with at least one day in {@code year} (the earliest of equal ones), counted whole: its days in
     * the year before or after count too, as far as {@code unexcused} holds them. Only the gaps between unexcused days
     * are looked at: two of them belong to one run when no working day lies between them, so the cost follows the
     * number of TK days, not the days of the year (an agency has thousands of people).
     */
    public static UnexcusedRun longest(int year, Set<LocalDate> unexcused, Predicate<LocalDate> workingDay) {
        List<LocalDate> days = unexcused.stream().filter(workingDay).sorted().toList();
        UnexcusedRun best = NONE;
        int length = 0;
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate d : days) {
            if (previous == null || workingDayBetween(previous, d, workingDay)) {
                best = better(best, length, start, previous, year);
                length = 1;
                start = d;
            } else {
                length++;
            }
            previous = d;
        }
        return better(best, length, start, previous, year);
    }

    private static UnexcusedRun better(UnexcusedRun best, int length, LocalDate start, LocalDate end, int year) {
        boolean inYear = start != null && start.getYear() <= year && end.getYear() >= year;
        return inYear && length > best.length() ? new UnexcusedRun(length, start, end) : best;
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
