package id.tertib.domain.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored attendance of one employee on one working day. {@code machineCode} is the code the punches gave when a
 * person has since changed it (empty otherwise); arrival, departure and the minutes stay the machine's.
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

    /** A person's correction: the new code and note, the machine's times kept and its code remembered. */
    public AttendanceDay corrected(String newCode, String newNote) {
        Optional<String> machine = machineCode.isPresent() ? machineCode
                : source == DaySource.MACHINE || source == DaySource.DERIVED ? Optional.of(code) : Optional.empty();
        return new AttendanceDay(employeeId, date, newCode, arrival, departure, lateMinutes, earlyMinutes,
                DaySource.MANUAL, flags, newNote, machine);
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
