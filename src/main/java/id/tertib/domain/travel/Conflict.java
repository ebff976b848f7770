package id.tertib.domain.travel;

import java.time.LocalDate;
import java.util.List;

/**
 * One conflict of one traveller on one trip. {@code from..to} is the stretch concerned (the overlapping days, the
 * leave's days within the trip, or the trip's year for {@link ConflictKind#CAP}); {@code dates} lists the days with
 * punches or sickness; {@code other} names what it clashes with (the other letter's number, the leave code), and
 * {@code amount} is the year's travel days and {@code limit} the cap for {@link ConflictKind#CAP}, the leave days the
 * letter pays a daily allowance for under {@link ConflictKind#LEAVE}.
 */
public record Conflict(ConflictKind kind, long employeeId, long tripId, String tripNumber, LocalDate from,
        LocalDate to, List<LocalDate> dates, String other, int amount, int limit) {

    public Conflict {
        dates = List.copyOf(dates);
        other = other == null ? "" : other;
    }
}
