package id.tertib.domain.performance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The seven BerAKHLAK core values of ASN (UU 20/2023), which performance notes and behaviour are judged against. */
public enum CoreValue {
    BERORIENTASI_PELAYANAN("berorientasi pelayanan", "service"),
    AKUNTABEL("akuntabel", "accountable"),
    KOMPETEN("kompeten", "competent"),
    HARMONIS("harmonis", "harmonious"),
    LOYAL("loyal", "loyal"),
    ADAPTIF("adaptif", "adaptive"),
    KOLABORATIF("kolaboratif", "collaborative");

    private final String indonesian;
    private final String english;

    CoreValue(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /**
     * The value as people write it in a spreadsheet: the Indonesian name ("Berorientasi Pelayanan", "pelayanan"),
     * the English one ("service-oriented" works through its first word), or the constant; case and spaces ignored.
     */
    public static Optional<CoreValue> parse(String text) {
        String t = key(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (CoreValue v : values()) {
            if (t.equals(key(v.name())) || t.equals(key(v.indonesian)) || t.equals(key(v.english))
                    || (v == BERORIENTASI_PELAYANAN && (t.equals("pelayanan") || t.startsWith("service")))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static String key(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
