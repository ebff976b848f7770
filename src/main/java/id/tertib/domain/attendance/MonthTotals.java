package id.tertib.domain.attendance;

import java.util.Collection;

/**
 * The totals of one person's month as offices file them: days at the desk (H, TL, PSW), late and early minutes (only
 * under TL/PSW, so a late day corrected to DL no longer counts), sick, permission, leave, duty and unexcused days.
 * Duty (DL, DD) also counts as "masuk kerja" under PP 94/2021 but has its own column, as on paper recaps; a study
 * assignment (TB) is counted with duty, the recap having no column of its own for it. A code the office added counts
 * by its kind.
 *
 * <p>{@code incomplete} counts the days the machine saw only part of (arrival or departure missing) that nobody has
 * settled by a correction: such a day counts as present by its code, so the recap names how many there are, to be
 * checked before it is signed.
 */
public record MonthTotals(int present, int lateMinutes, int earlyMinutes, int sick, int permission, int leave,
        int duty, int unexcused, int incomplete) {

    public static final MonthTotals ZERO = new MonthTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static MonthTotals of(Collection<AttendanceDay> days, AttendanceCodes codes) {
        int present = 0, late = 0, early = 0, sick = 0, permission = 0, leave = 0, duty = 0, unexcused = 0;
        int incomplete = 0;
        for (AttendanceDay d : days) {
            if (d.incomplete()) {
                incomplete++;
            }
            var code = codes.find(d.code());
            if (code.isEmpty()) {
                continue;
            }
            switch (code.get().kind()) {
                case PRESENT -> present++;
                case LATE, EARLY_LEAVE -> {
                    present++;
                    late += d.lateMinutes();
                    early += d.earlyMinutes();
                }
                case DUTY, STUDY -> duty++;
                case SICK -> sick++;
                case PERMISSION -> permission++;
                case LEAVE -> leave++;
                case UNEXCUSED -> unexcused++;
            }
        }
        return new MonthTotals(present, late, early, sick, permission, leave, duty, unexcused, incomplete);
    }
}
