package id.tertib.domain.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored attendance of one employee on one working day. {@code machineCode} is the code the punches gave when a
 * person has since changed it (empty otherwise); arrival and departure stay the machine's, and so do the minutes as
 * long as the code in force can carry them (TL, PSW).
 * {@code flags} are {@link DailyResult.Flag} names joined by commas, e.g. "MISSING_DEPARTURE".
 */
public record AttendanceDay(long employeeId, LocalDate date, String code, Optional<LocalTime> arrival,
        Optional<LocalTime> departure, int lateMinutes, int earlyMinutes, DaySource source, String flags, String note,
        Optional<String> machineCode) {

    public AttendanceDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(source, "source");
        flags = flags == null ? "" : flags;
        note = note == null ? "" : note;
        Objects.requireNonNull(machineCode, "machineCode");
        if (lateMinutes < 0 || earlyMinutes < 0) {
            throw new IllegalArgumentException("negative minutes");
        }
    }

    /** A day with a code and nothing else, as a person or another system records it. */
    public static AttendanceDay coded(long employeeId, LocalDate date, String code, DaySource source, String note) {
        return new AttendanceDay(employeeId, date, code, Optional.empty(), Optional.empty(), 0, 0, source, "", note,
                Optional.empty());
    }

    /** What the machine's punches say about a working day. */
    public static AttendanceDay fromMachine(long employeeId, DailyResult r) {
        return new AttendanceDay(employeeId, r.date(), r.code(), r.arrival(), r.departure(), r.lateMinutes(),
                r.earlyMinutes(), DaySource.MACHINE, joinFlags(r), "", Optional.empty());
    }

    /**
     * A person's correction: the new code and note, the machine's times kept and its code remembered. A code that
     * cannot carry minutes (H, DL, S, leave...) clears them: the recap and the discipline assessment count minutes on
     * TL and PSW days only, and the day must not keep figures that no screen shows (the audit trail keeps them).
     */
    public AttendanceDay corrected(AttendanceCode newCode, String newNote) {
        Optional<String> machine = machineCode.isPresent() ? machineCode
                : source == DaySource.MACHINE || source == DaySource.DERIVED ? Optional.of(code) : Optional.empty();
        boolean minutes = newCode.accumulatesMinutes();
        return new AttendanceDay(employeeId, date, newCode.code(), arrival, departure, minutes ? lateMinutes : 0,
                minutes ? earlyMinutes : 0, DaySource.MANUAL, flags, newNote, machine);
    }

    /**
     * The machine saw only one side of the day (arrival or departure missing) and no person has settled it yet: the
     * code rests on half the evidence. A correction (MANUAL) keeps the flags but is a person's decision.
     */
    public boolean incomplete() {
        return source != DaySource.MANUAL && (flags.contains(DailyResult.Flag.MISSING_ARRIVAL.name())
                || flags.contains(DailyResult.Flag.MISSING_DEPARTURE.name()));
    }

    private static String joinFlags(DailyResult r) {
        if (r.flags().isEmpty()) {
            return "";
        }
        return String.join(",", r.flags().stream().map(Enum::name).sorted().toList());
    }
}
