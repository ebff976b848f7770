package id.tertib.domain;

import java.time.LocalDate;

/**
 * Nomor Induk PPPK: 18 digits with the birth date first. The meaning of the remaining digits is not
 * settled in the brief (verify), so only length, digits and the birth date are checked.
 */
public record NiPppk(String digits, LocalDate birthDate) {

    public static NiPppk parse(String text) {
        String digits = Nip.normalize(text);
        return new NiPppk(digits, Nip.parseBirthDate(digits));
    }

    @Override
    public String toString() {
        return digits;
    }
}
