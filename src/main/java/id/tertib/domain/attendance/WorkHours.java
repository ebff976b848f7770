package id.tertib.domain.attendance;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Working hours of one day, within one calendar day (no night shifts). The break is optional: both ends or neither.
 * The record only refuses missing values; whether the times make sense is for {@link ScheduleRules} to report, so
 * a user editing a schedule sees every problem at once instead of the first exception.
 */
public record WorkHours(LocalTime start, LocalTime end, LocalTime breakStart, LocalTime breakEnd) {

    public WorkHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static WorkHours of(String start, String end, String breakStart, String breakEnd) {
        return new WorkHours(LocalTime.parse(start), LocalTime.parse(end), LocalTime.parse(breakStart),
                LocalTime.parse(breakEnd));
    }

    public static WorkHours withoutBreak(String start, String end) {
        return new WorkHours(LocalTime.parse(start), LocalTime.parse(end), null, null);
    }

    public boolean hasBreak() {
        return breakStart != null && breakEnd != null;
    }

    /** Time to be worked: start to end less the break. */
    public Duration working() {
        Duration day = Duration.between(start, end);
        return hasBreak() ? day.minus(Duration.between(breakStart, breakEnd)) : day;
    }

    /** The break start or, without a break, the midpoint of the day: where the morning ends. */
    public LocalTime morningEnd() {
        return hasBreak() ? breakStart : midpoint();
    }

    /** The break end or, without a break, the midpoint of the day: where the afternoon begins. */
    public LocalTime afternoonStart() {
        return hasBreak() ? breakEnd : midpoint();
    }

    private LocalTime midpoint() {
        return start.plus(Duration.between(start, end).dividedBy(2));
    }
}
