package id.tertib.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * NIP of a PNS (18 digits, no check digit): birth date YYYYMMDD, TMT CPNS YYYYMM, gender digit,
 * three-digit sequence. Written grouped as {@code 19860926 201505 1 001}.
 *
 * <p>There is no check digit, so validation is by plausibility: a real birth date, a real month of
 * appointment that is after the 18th birthday and not in the future, gender 1 or 2.
 */
public record Nip(String digits, LocalDate birthDate, YearMonth appointment, Gender gender, int sequence) {

    public static final int LENGTH = 18;
    public static final String FIELD = "nip";

    /** Parses and checks a PNS NIP; spaces (as in the grouped form) are allowed. */
    public static Nip parse(String text, LocalDate today) {
        String digits = normalize(text);
        LocalDate birth = parseBirthDate(digits);
        YearMonth tmt = parseAppointment(digits);
        if (tmt.atEndOfMonth().isBefore(birth.plusYears(18))) {
            throw new DomainException(Problem.of(FIELD, "nip.appointmentBefore18", digits.substring(8, 14), birth));
        }
        if (tmt.isAfter(YearMonth.from(today))) {
            throw new DomainException(Problem.of(FIELD, "nip.appointmentFuture", digits.substring(8, 14)));
        }
        char genderDigit = digits.charAt(14);
        if (genderDigit != '1' && genderDigit != '2') {
            throw new DomainException(Problem.of(FIELD, "nip.gender", String.valueOf(genderDigit)));
        }
        int sequence = Integer.parseInt(digits.substring(15));
        if (sequence == 0) {
            throw new DomainException(Problem.of(FIELD, "nip.sequence", digits.substring(15)));
        }
        return new Nip(digits, birth, tmt, Gender.fromNipDigit(genderDigit), sequence);
    }

    /** Removes spaces and checks for exactly 18 digits. */
    static String normalize(String text) {
        String digits = text == null ? "" : text.replaceAll("\\s+", "");
        if (digits.isEmpty()) {
            throw new DomainException(Problem.of(FIELD, "nip.required"));
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DomainException(Problem.of(FIELD, "nip.notDigits"));
        }
        if (digits.length() != LENGTH) {
            throw new DomainException(Problem.of(FIELD, "nip.length", digits.length()));
        }
        return digits;
    }

    static LocalDate parseBirthDate(String digits) {
        String part = digits.substring(0, 8);
        try {
            return LocalDate.of(
                    Integer.parseInt(part.substring(0, 4)),
                    Integer.parseInt(part.substring(4, 6)),
                    Integer.parseInt(part.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new DomainException(Problem.of(FIELD, "nip.birthDate", part));
        }
    }

    private static YearMonth parseAppointment(String digits) {
        String part = digits.substring(8, 14);
        int month = Integer.parseInt(part.substring(4, 6));
        if (month < 1 || month > 12) {
            throw new DomainException(Problem.of(FIELD, "nip.appointmentMonth", part));
        }
        return YearMonth.of(Integer.parseInt(part.substring(0, 4)), month);
    }

    /** The grouped form used on letters: {@code 19860926 201505 1 001}. */
    public String grouped() {
        return group(digits);
    }

    static String group(String digits) {
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.charAt(14) + " " + digits.substring(15);
    }

    @Override
    public String toString() {
        return digits;
    }
}
