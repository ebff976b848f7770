package id.tertib.domain.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Which punches count as arrival and departure. The morning window runs from {@code beforeStart} before the start to
 * the break start (or the midpoint of the day without a break), start inclusive, end exclusive; the afternoon window
 * from the break end (or the midpoint) to {@code afterEnd} after the end, both inclusive. Both are clipped to the date.
 *
 * <p>Punches during the break fall in neither window on purpose: someone who scans only at 12:15 has not shown when
 * they arrived or left, and guessing would silently fill a missing punch. The result flags them instead.
 *
 * <p>Defaults: 3 h before the start (early arrivals, e.g. 04:30 for a 07:30 start) and 6 h after the end (people who
 * stay late); configurable per office.
 */
public record PunchWindows(Duration beforeStart, Duration afterEnd) {

    public static final PunchWindows DEFAULT = new PunchWindows(Duration.ofHours(3), Duration.ofHours(6));

    public PunchWindows {
        Objects.requireNonNull(beforeStart, "beforeStart");
        Objects.requireNonNull(afterEnd, "afterEnd");
        if (beforeStart.isNegative() || afterEnd.isNegative()) {
            throw new IllegalArgumentException("windows must not be negative");
        }
    }

    /** Both windows of one day, worked out once when many punches are checked against the same day. */
    public record Bounds(LocalDateTime morningFrom, LocalDateTime morningTo, LocalDateTime afternoonFrom,
            LocalDateTime afternoonTo) {

        public boolean inMorning(LocalDateTime punch) {
            return !punch.isBefore(morningFrom) && punch.isBefore(morningTo);
        }

        public boolean inAfternoon(LocalDateTime punch) {
            return !punch.isBefore(afternoonFrom) && !punch.isAfter(afternoonTo);
        }
    }

    public Bounds bounds(LocalDate date, WorkHours h) {
        return new Bounds(clip(date.atTime(h.start()).minus(beforeStart), date), date.atTime(h.morningEnd()),
                date.atTime(h.afternoonStart()), clip(date.atTime(h.end()).plus(afterEnd), date));
    }

    public boolean inMorning(LocalDateTime punch, LocalDate date, WorkHours h) {
        return bounds(date, h).inMorning(punch);
    }

    public boolean inAfternoon(LocalDateTime punch, LocalDate date, WorkHours h) {
        return bounds(date, h).inAfternoon(punch);
    }

    private static LocalDateTime clip(LocalDateTime t, LocalDate date) {
        if (t.toLocalDate().isBefore(date)) {
            return date.atStartOfDay();
        }
        if (t.toLocalDate().isAfter(date)) {
            return date.atTime(LocalTime.MAX);
        }
        return t;
    }
}
