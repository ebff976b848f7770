package id.tertib.domain.travel;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of official travel of the standard cost rules; each has its own daily allowance table. */
public enum TravelKind {
    /** Perjalanan dinas luar kota. */
    LUAR_KOTA("luar_kota"),
    /** Perjalanan dinas dalam kota lebih dari 8 jam. */
    DALAM_KOTA_LEBIH_8_JAM("dalam_kota_lebih_8_jam"),
    /** Perjalanan dinas dalam kota sampai dengan 8 jam. */
    DALAM_KOTA_SAMPAI_8_JAM("dalam_kota_sampai_8_jam"),
    /** Perjalanan dinas luar negeri. */
    LUAR_NEGERI("luar_negeri");

    private final String code;

    TravelKind(String code) {
        this.code = code;
    }

    /** The code files and the command line use. */
    public String code() {
        return code;
    }

    /**
     * Whether the traveller is away from the office on the trip's working days, so that punches at the office on those
     * days contradict the trip. A trip in town of up to 8 hours may well begin or end at the office.
     */
    public boolean awayAllDay() {
        return this != DALAM_KOTA_SAMPAI_8_JAM;
    }

    /**
     * Reads a kind as people write it in a file: its code, its name, or the usual short forms ("LK", "DK>8",
     * "DK<=8", "LN", "luar kota", "dalam kota > 8 jam").
     */
    public static Optional<TravelKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
        for (TravelKind k : values()) {
            if (k.code.replace('_', ' ').equals(t)) {
                return Optional.of(k);
            }
        }
        String compact = t.replace(" ", "").replace("jam", "");
        return switch (compact) {
            case "lk", "luarkota" -> Optional.of(LUAR_KOTA);
            case "ln", "luarnegeri" -> Optional.of(LUAR_NEGERI);
            case "dk>8", "dalamkota>8", "dalamkotalebih8", "dalamkotalebihdari8" -> Optional.of(DALAM_KOTA_LEBIH_8_JAM);
            case "dk<=8", "dk≤8", "dalamkota<=8", "dalamkota≤8", "dalamkotasampai8", "dalamkotasampaidengan8",
                    "dalamkota" -> Optional.of(DALAM_KOTA_SAMPAI_8_JAM);
            default -> Optional.empty();
        };
    }
}
