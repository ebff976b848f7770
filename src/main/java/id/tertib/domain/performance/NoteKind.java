package id.tertib.domain.performance;

import java.util.Locale;
import java.util.Optional;

/** What a performance note records: good work to appreciate, something to improve, or a neutral observation. */
public enum NoteKind {
    APPRECIATION,
    NEEDS_IMPROVEMENT,
    NEUTRAL;

    /** "apresiasi", "perlu perbaikan", "netral", the English words or the constant; case and spaces ignored. */
    public static Optional<NoteKind> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return switch (t) {
            case "apresiasi", "appreciation", "pujian", "positif", "positive" -> Optional.of(APPRECIATION);
            case "perluperbaikan", "needsimprovement", "improvement", "perbaikan", "negatif", "negative" ->
                    Optional.of(NEEDS_IMPROVEMENT);
            case "netral", "neutral" -> Optional.of(NEUTRAL);
            default -> Optional.empty();
        };
    }
}
