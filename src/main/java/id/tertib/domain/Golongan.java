package id.tertib.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Golongan/ruang. PNS: I/a..IV/e with their pangkat names. PPPK: I..XVII (the brief marks the PPPK
 * range "verify"; it follows Perpres 98/2020).
 */
public enum Golongan {
    I_A("I/a", "Juru Muda"), I_B("I/b", "Juru Muda Tingkat I"), I_C("I/c", "Juru"), I_D("I/d", "Juru Tingkat I"),
    II_A("II/a", "Pengatur Muda"), II_B("II/b", "Pengatur Muda Tingkat I"), II_C("II/c", "Pengatur"),
    II_D("II/d", "Pengatur Tingkat I"),
    III_A("III/a", "Penata Muda"), III_B("III/b", "Penata Muda Tingkat I"), III_C("III/c", "Penata"),
    III_D("III/d", "Penata Tingkat I"),
    IV_A("IV/a", "Pembina"), IV_B("IV/b", "Pembina Tingkat I"), IV_C("IV/c", "Pembina Utama Muda"),
    IV_D("IV/d", "Pembina Utama Madya"), IV_E("IV/e", "Pembina Utama"),
    PPPK_I("I", null), PPPK_II("II", null), PPPK_III("III", null), PPPK_IV("IV", null), PPPK_V("V", null),
    PPPK_VI("VI", null), PPPK_VII("VII", null), PPPK_VIII("VIII", null), PPPK_IX("IX", null), PPPK_X("X", null),
    PPPK_XI("XI", null), PPPK_XII("XII", null), PPPK_XIII("XIII", null), PPPK_XIV("XIV", null),
    PPPK_XV("XV", null), PPPK_XVI("XVI", null), PPPK_XVII("XVII", null);

    private final String code;
    private final String pangkat;

    Golongan(String code, String pangkat) {
        this.code = code;
        this.pangkat = pangkat;
    }

    public String code() {
        return code;
    }

    /** Pangkat name for a PNS golongan, empty for PPPK. */
    public Optional<String> pangkat() {
        return Optional.ofNullable(pangkat);
    }

    public boolean isPppk() {
        return pangkat == null;
    }

    public boolean fits(EmploymentStatus status) {
        return status.isPns() != isPppk();
    }

    public static Golongan[] forStatus(EmploymentStatus status) {
        return Arrays.stream(values()).filter(g -> g.fits(status)).toArray(Golongan[]::new);
    }

    /**
     * Reads a golongan as people write it: {@code III/a}, {@code III a}, {@code IIIa}, {@code 3a}, {@code 3/A}
     * for PNS; {@code IX} or {@code 9} for PPPK.
     */
    public static Optional<Golongan> parse(String text, EmploymentStatus status) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s/.-]+", "");
        if (status.isPns()) {
            if (!t.matches("(I{1,3}|IV|[1-4])[A-E]")) {
                return Optional.empty();
            }
            String roman = toRoman(t.substring(0, t.length() - 1));
            String code = roman + "/" + t.substring(t.length() - 1).toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(g -> !g.isPppk() && g.code.equals(code)).findFirst();
        }
        String roman = t.matches("\\d{1,2}") ? toRoman(t) : t;
        return Arrays.stream(values()).filter(g -> g.isPppk() && g.code.equals(roman)).findFirst();
    }

    private static String toRoman(String s) {
        if (!s.matches("\\d{1,2}")) {
            return s;
        }
        int n = Integer.parseInt(s);
        String[] romans = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};
        return n >= 1 && n < romans.length ? romans[n] : s;
    }

    @Override
    public String toString() {
        return code;
    }
}
