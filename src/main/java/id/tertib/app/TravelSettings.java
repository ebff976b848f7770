package id.tertib.app;

import id.tertib.domain.fairness.FairnessRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The office's travel policy, stored as settings. No regulation caps travel days or says how long a rotation window
 * is: these are office choices with defaults, shown with every figure that depends on them.
 */
final class TravelSettings {

    static final String CAP_DAYS = "travel.capDaysPerYear";
    static final String WINDOW_MONTHS = "travel.windowMonths";
    static final String ALPHA = "fairness.alpha";
    static final String FACTOR = "fairness.factor";
    static final String STREAK = "fairness.streak";
    /** Travel days a person may have in one year before a trip is a conflict; 0 means no cap. */
    static final int DEFAULT_CAP_DAYS = 60;
    /** How far back "who goes next" counts trips. */
    static final int DEFAULT_WINDOW_MONTHS = 12;

    private TravelSettings() {
    }

    static int capDays(Work w) {
        return integer(w, CAP_DAYS).filter(v -> v >= 0).orElse(DEFAULT_CAP_DAYS);
    }

    static int windowMonths(Work w) {
        return integer(w, WINDOW_MONTHS).filter(v -> v >= 1 && v <= 120).orElse(DEFAULT_WINDOW_MONTHS);
    }

    static FairnessRules rules(Work w) {
        FairnessRules d = FairnessRules.DEFAULT;
        try {
            return new FairnessRules(decimal(w, ALPHA).orElse(d.alpha()), decimal(w, FACTOR).orElse(d.factor()),
                    integer(w, STREAK).orElse(d.streak()));
        } catch (IllegalArgumentException storedValuesNoLongerValid) {
            return d;
        }
    }

    static void save(Work w, FairnessRules rules, int capDays, int windowMonths) {
        w.settings().put(ALPHA, String.valueOf(rules.alpha()));
        w.settings().put(FACTOR, String.valueOf(rules.factor()));
        w.settings().put(STREAK, String.valueOf(rules.streak()));
        w.settings().put(CAP_DAYS, String.valueOf(capDays));
        w.settings().put(WINDOW_MONTHS, String.valueOf(windowMonths));
    }

    /** The values as the audit trail records them. */
    static Map<String, String> values(FairnessRules rules, int capDays, int windowMonths) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("alpha", String.valueOf(rules.alpha()));
        m.put("factor", String.valueOf(rules.factor()));
        m.put("streak", String.valueOf(rules.streak()));
        m.put("cap_days", String.valueOf(capDays));
        m.put("window_months", String.valueOf(windowMonths));
        return m;
    }

    /** A stored whole number, empty when absent or not a number (shared with the discipline settings). */
    static Optional<Integer> integer(Work w, String name) {
        return w.settings().get(name).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Double> decimal(Work w, String name) {
        return w.settings().get(name).flatMap(v -> {
            try {
                return Optional.of(Double.parseDouble(v.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
