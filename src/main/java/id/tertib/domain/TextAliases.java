package id.tertib.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the words people put in spreadsheets for gender, status and position kind, in Indonesian or English. */
public final class TextAliases {

    private static final Map<String, Gender> GENDER = Map.ofEntries(
            Map.entry("l", Gender.MALE), Map.entry("lk", Gender.MALE), Map.entry("laki-laki", Gender.MALE),
            Map.entry("laki laki", Gender.MALE), Map.entry("pria", Gender.MALE), Map.entry("m", Gender.MALE),
            Map.entry("male", Gender.MALE), Map.entry("1", Gender.MALE),
            Map.entry("p", Gender.FEMALE), Map.entry("pr", Gender.FEMALE), Map.entry("perempuan", Gender.FEMALE),
            Map.entry("wanita", Gender.FEMALE), Map.entry("f", Gender.FEMALE), Map.entry("female", Gender.FEMALE),
            Map.entry("2", Gender.FEMALE));

    private static final Map<String, PositionKind> POSITION_KIND = Map.ofEntries(
            Map.entry("jpt madya", PositionKind.JPT_MADYA), Map.entry("eselon i", PositionKind.JPT_MADYA),
            Map.entry("jpt pratama", PositionKind.JPT_PRATAMA), Map.entry("eselon ii", PositionKind.JPT_PRATAMA),
            Map.entry("administrator", PositionKind.ADMINISTRATOR), Map.entry("eselon iii", PositionKind.ADMINISTRATOR),
            Map.entry("pengawas", PositionKind.PENGAWAS), Map.entry("eselon iv", PositionKind.PENGAWAS),
            Map.entry("fungsional", PositionKind.FUNGSIONAL), Map.entry("jf", PositionKind.FUNGSIONAL),
            Map.entry("jft", PositionKind.FUNGSIONAL), Map.entry("functional", PositionKind.FUNGSIONAL),
            Map.entry("pelaksana", PositionKind.PELAKSANA), Map.entry("jfu", PositionKind.PELAKSANA),
            Map.entry("executor", PositionKind.PELAKSANA), Map.entry("staff", PositionKind.PELAKSANA));

    private TextAliases() {
    }

    private static String key(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }

    public static Optional<Gender> gender(String text) {
        return Optional.ofNullable(GENDER.get(key(text)));
    }

    private static final Map<String, Boolean> ACTIVE = Map.ofEntries(
            Map.entry("1", true), Map.entry("ya", true), Map.entry("y", true), Map.entry("yes", true),
            Map.entry("true", true), Map.entry("aktif", true), Map.entry("active", true),
            Map.entry("0", false), Map.entry("tidak", false), Map.entry("t", false), Map.entry("no", false),
            Map.entry("n", false), Map.entry("false", false), Map.entry("nonaktif", false),
            Map.entry("non aktif", false), Map.entry("non-aktif", false), Map.entry("inactive", false));

    /** "Aktif"/"1"/"ya" or "Nonaktif"/"0"/"tidak" and their English twins. */
    public static Optional<Boolean> active(String text) {
        return Optional.ofNullable(ACTIVE.get(key(text)));
    }

    /** CPNS, PNS, PPPK; "P3K" is how many offices write PPPK. */
    public static Optional<EmploymentStatus> status(String text) {
        String k = key(text).toUpperCase(Locale.ROOT);
        if (k.equals("P3K")) {
            return Optional.of(EmploymentStatus.PPPK);
        }
        for (EmploymentStatus s : EmploymentStatus.values()) {
            if (s.name().equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static Optional<PositionKind> positionKind(String text) {
        String k = key(text);
        if (POSITION_KIND.containsKey(k)) {
            return Optional.of(POSITION_KIND.get(k));
        }
        for (PositionKind p : PositionKind.values()) {
            if (p.name().equalsIgnoreCase(k.replace(' ', '_'))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
