package id.tertib.domain.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the punches of one person say about one date. {@code code} is {@code H}, {@code TL}, {@code PSW}, or empty when
 * the punches cannot say (no punch, not a working day, or no punch inside either window): the app decides then, e.g.
 * TK inside an imported period. A code next to a MISSING_* flag rests on half the evidence: read the flags before
 * treating the code as final (see {@link #complete()}).
 */
public record DailyResult(LocalDate date, Optional<LocalTime> arrival, Optional<LocalTime> departure, int lateMinutes,
        int earlyMinutes, String code, Set<Flag> flags) {

    public enum Flag {
        /** Working day with punches, none in the morning window. */
        MISSING_ARRIVAL,
        /** Working day with punches, none in the afternoon window. */
        MISSING_DEPARTURE,
        /** Working day without any punch. */
        NO_PUNCH,
        /** Weekend, holiday, cuti bersama, or a weekday the schedule does not work. */
        NOT_A_WORKING_DAY,
        /** At least one punch fell outside both windows (e.g. at lunch) and was not used. */
        PUNCHES_OUTSIDE_WINDOWS
    }

    public DailyResult {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(code, "code");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** A working day with both an arrival and a departure: the code and minutes rest on full evidence. */
    public boolean complete() {
        return !has(Flag.NOT_A_WORKING_DAY) && arrival.isPresent() && departure.isPresent();
    }
}
