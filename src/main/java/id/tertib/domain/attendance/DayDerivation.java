package id.tertib.domain.attendance;

import id.tertib.domain.attendance.DailyResult.Flag;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one person's punches on one date into arrival, departure, minutes and a code.
 *
 * <ul>
 *   <li>Only the time of a punch is used. Device in/out states are often wrong (people press the wrong button), so
 *       the caller passes bare times and the window decides: an "out" scan at 07:20 is an arrival.</li>
 *   <li>Arrival = first punch in the morning window, departure = last punch in the afternoon window
 *       ({@link PunchWindows}). Repeated scans (the same second, or several in a minute) change nothing.</li>
 *   <li>Minutes compare clock minutes, as the machine shows them: seconds are dropped first. Late: 07:45:30 against
 *       07:30 is 15 minutes; arrivals up to {@code toleranceSeconds} after the start are not late at all (default
 *       59: 07:30:59 is on time, 07:31:00 is 1 minute). Early: 15:59:30 against 16:00 is 1 minute early, because
 *       the person left while the clock showed 15:59.</li>
 *   <li>Code: TL if late, else PSW if early, else H. Late and early on the same day gives TL, the first offence of
 *       the day, with both minute counts kept, since both accumulate towards days of absence.</li>
 *   <li>A missing punch is flagged, never filled: with only an arrival the code follows the arrival and the result
 *       carries MISSING_DEPARTURE; with no usable punch the code is empty.</li>
 *   <li>A working day needs both the calendar (weekday pattern, holidays, cuti bersama) and the schedule (hours on
 *       that weekday). On any other day nothing is late or early; the first and last punch are still reported, since
 *       a scan at the office matters, for instance against a trip on that date.</li>
 * </ul>
 */
public final class DayDerivation {

    public static final String NO_CODE = "";

    private final PunchWindows windows;

    public DayDerivation() {
        this(PunchWindows.DEFAULT);
    }

    public DayDerivation(PunchWindows windows) {
        this.windows = windows;
    }

    /** Uses the schedule's hours for the date (Ramadan included) and its tolerance. */
    public DailyResult derive(LocalDate date, Collection<LocalDateTime> punches, WorkingCalendar calendar,
            Schedule schedule) {
        return derive(date, punches, calendar, schedule.hoursFor(date), schedule.toleranceSeconds());
    }

    /**
     * @param punches the person's punches on {@code date}, any order, duplicates allowed; a punch on another date is a
     *     caller error
     * @param hours the hours that apply on {@code date}, empty when the schedule does not work that weekday; expected
     *     to have passed {@link ScheduleRules} (end after start, break inside the day)
     */
    public DailyResult derive(LocalDate date, Collection<LocalDateTime> punches, WorkingCalendar calendar,
            Optional<WorkHours> hours, int toleranceSeconds) {
        TreeSet<LocalDateTime> times = new TreeSet<>();
        for (LocalDateTime p : punches) {
            if (!p.toLocalDate().equals(date)) {
                throw new IllegalArgumentException("punch " + p + " is not on " + date);
            }
            times.add(p.getNano() == 0 ? p : p.truncatedTo(ChronoUnit.SECONDS));
        }
        if (!calendar.isWorkingDay(date) || hours.isEmpty()) {
            return notAWorkingDay(date, times);
        }
        if (times.isEmpty()) {
            return new DailyResult(date, Optional.empty(), Optional.empty(), 0, 0, NO_CODE, Set.of(Flag.NO_PUNCH));
        }
        WorkHours h = hours.get();
        // One pass in time order: the first punch in the morning window, the last in the afternoon window.
        PunchWindows.Bounds b = windows.bounds(date, h);
        LocalDateTime first = null;
        LocalDateTime last = null;
        boolean outside = false;
        for (LocalDateTime t : times) {
            boolean morning = b.inMorning(t);
            boolean afternoon = b.inAfternoon(t);
            first = morning && first == null ? t : first;
            last = afternoon ? t : last;
            outside |= !morning && !afternoon;
        }
        Optional<LocalDateTime> arrival = Optional.ofNullable(first);
        Optional<LocalDateTime> departure = Optional.ofNullable(last);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (outside) {
            flags.add(Flag.PUNCHES_OUTSIDE_WINDOWS);
        }
        if (arrival.isEmpty()) {
            flags.add(Flag.MISSING_ARRIVAL);
        }
        if (departure.isEmpty()) {
            flags.add(Flag.MISSING_DEPARTURE);
        }
        int late = arrival.map(a -> lateMinutes(a.toLocalTime(), h.start(), toleranceSeconds)).orElse(0);
        int early = departure.map(d -> earlyMinutes(d.toLocalTime(), h.end())).orElse(0);
        String code;
        if (arrival.isEmpty() && departure.isEmpty()) {
            code = NO_CODE;
        } else if (late > 0) {
            code = AttendanceCodes.TL.code();
        } else if (early > 0) {
            code = AttendanceCodes.PSW.code();
        } else {
            code = AttendanceCodes.H.code();
        }
        return new DailyResult(date, arrival.map(LocalDateTime::toLocalTime), departure.map(LocalDateTime::toLocalTime),
                late, early, code, flags);
    }

    /** Whole clock minutes after the start; 0 within the tolerance. */
    static int lateMinutes(LocalTime arrival, LocalTime start, int toleranceSeconds) {
        long seconds = Duration.between(start, arrival).getSeconds();
        if (seconds <= toleranceSeconds) {
            return 0;
        }
        return (int) Duration.between(start.truncatedTo(ChronoUnit.MINUTES), arrival.truncatedTo(ChronoUnit.MINUTES))
                .toMinutes();
    }

    /** Whole clock minutes before the end: the minute shown when leaving counts as not yet over. */
    static int earlyMinutes(LocalTime departure, LocalTime end) {
        long minutes = Duration.between(departure.truncatedTo(ChronoUnit.MINUTES), end.truncatedTo(ChronoUnit.MINUTES))
                .toMinutes();
        return (int) Math.max(0, minutes);
    }

    private static DailyResult notAWorkingDay(LocalDate date, TreeSet<LocalDateTime> times) {
        Optional<LocalTime> first = times.isEmpty() ? Optional.empty() : Optional.of(times.first().toLocalTime());
        Optional<LocalTime> last = times.size() < 2 ? Optional.empty() : Optional.of(times.last().toLocalTime());
        return new DailyResult(date, first, last, 0, 0, NO_CODE, Set.of(Flag.NOT_A_WORKING_DAY));
    }
}
