package id.tertib.domain.attendance;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One attendance code as written in a monthly recap ({@code H}, {@code TL}, {@code DL}, {@code TK}, ...) and the kind
 * that decides what it means for discipline. There is no national code list (shared/domain.md), so an office may add
 * its own codes; the kind is what the rules look at, never the letters.
 */
public record AttendanceCode(String code, Kind kind) {

    /** Letters and digits, as people type them in a spreadsheet cell; stored upper case. */
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{1,8}");

    /** What a code means. "Valid" (sah) absences do not count towards the discipline ladder for unexcused absence. */
    public enum Kind {
        /** H: present, on time. */
        PRESENT,
        /** TL: present, arrived late; the minutes accumulate towards days of absence. */
        LATE,
        /** PSW: present, left before the end of the day; the minutes accumulate like lateness. */
        EARLY_LEAVE,
        /** DL/DD: official duty away from the desk; counts as "masuk kerja" (PP 94/2021 art. 1). */
        DUTY,
        /** TB: study assignment. */
        STUDY,
        /** S: sick. */
        SICK,
        /** I: approved permission. */
        PERMISSION,
        /** C*: any kind of leave (cuti). */
        LEAVE,
        /** TK: absent without a valid reason (alpha). */
        UNEXCUSED
    }

    public AttendanceCode {
        Objects.requireNonNull(kind, "kind");
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            throw new DomainException(Problem.of("code", "attendance.codeRequired"));
        }
        if (!FORMAT.matcher(c).matches()) {
            throw new DomainException(Problem.of("code", "attendance.codeFormat", c));
        }
        code = c;
    }

    public static AttendanceCode of(String code, Kind kind) {
        return new AttendanceCode(code, kind);
    }

    /**
     * Away from the normal working day for a reason the rules accept (sah). Duty (DL/DD) is included: the person is
     * not at the desk, yet the absence is valid, and it also {@linkplain #countsAsPresent() counts as present}.
     */
    public boolean isValidAbsence() {
        return switch (kind) {
            case DUTY, STUDY, SICK, PERMISSION, LEAVE -> true;
            case PRESENT, LATE, EARLY_LEAVE, UNEXCUSED -> false;
        };
    }

    /** The only kind that counts towards the ladder for unexcused absence (PP 94/2021 art. 9-11). */
    public boolean isUnexcused() {
        return kind == Kind.UNEXCUSED;
    }

    /** "Masuk kerja": at work, late or leaving early included, and official duty (PP 94/2021 art. 1). */
    public boolean countsAsPresent() {
        return switch (kind) {
            case PRESENT, LATE, EARLY_LEAVE, DUTY -> true;
            case STUDY, SICK, PERMISSION, LEAVE, UNEXCUSED -> false;
        };
    }

    /** Late arrival and early departure: the minutes are summed and converted into days of absence. */
    public boolean accumulatesMinutes() {
        return kind == Kind.LATE || kind == Kind.EARLY_LEAVE;
    }

    @Override
    public String toString() {
        return code;
    }
}
