package id.tertib.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Nomor Induk PPPK: 18 digits with the birth date first. The meaning of the remaining digits is not
 * settled in the brief (verify), so only length, digits and the birth date are checked; digits 9-12 are read as the
 * year of appointment where that is plausible.
 */
public record NiPppk(String digits, LocalDate birthDate) {

    /** The first PPPK were appointed in 2019, under PP 49/2018. */
    private static final int FIRST_PPPK_YEAR = 2019;

    public static NiPppk parse(String text) {
        String digits = Nip.normalize(text);
        return new NiPppk(digits, Nip.parseBirthDate(digits));
    }

    /** Digits 9-12 as the year of appointment, if at least 18 years after birth and not before 2019. */
    public Optional<Integer> appointmentYear() {
        int year = Integer.parseInt(digits.substring(8, 12));
        boolean plausible = year >= FIRST_PPPK_YEAR && year >= birthDate.getYear() + 18 && year <= 2100;
        return plausible ? Optional.of(year) : Optional.empty();
    }

    @Override
    public String toString() {
        return digits;
    }
}
