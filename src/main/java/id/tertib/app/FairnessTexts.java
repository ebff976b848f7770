package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.FairnessRules;
import id.tertib.domain.fairness.PersonOutcome;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/** Fairness findings in plain words, for the screen, the exports and the command line alike. */
public final class FairnessTexts {

    /** Below this, a chance is shown as "< 0,1%": more digits would claim a precision nobody needs. */
    private static final double SMALLEST_SHOWN = 0.001;

    private FairnessTexts() {
    }

    /**
     * Why a person is flagged, e.g. "Budi Santoso: 14 dari 40 perjalanan (35%), padahal bagian wajarnya sekitar 2,1
     * perjalanan; peluang kebetulan < 0,1%."; empty when not flagged.
     */
    public static String explain(Employee e, PersonOutcome o, FairnessRules rules, I18n i18n) {
        List<String> parts = new ArrayList<>();
        String name = e.name().full();
        if (o.flags().contains(FairnessFlag.EXCESS)) {
            parts.add(i18n.get("fairness.explain.excess", name, o.trips(), o.openTrips(),
                    percent(o.openTrips() == 0 ? 0 : (double) o.trips() / o.openTrips(), i18n),
                    decimal(o.expected(), 1, i18n), chance(o.pValue(), i18n)));
        }
        if (o.flags().contains(FairnessFlag.STREAK)) {
            parts.add(i18n.get("fairness.explain.streak", name, o.streak(), o.streakFrom(), o.streakTo()));
        }
        return String.join(" ", parts);
    }

    /** The rules and scope a report was made under, shown with every figure. */
    public static String rulesLine(FairnessRules rules, String unitName, FairnessService.Query q, I18n i18n) {
        String scope = unitName == null || unitName.isBlank() ? i18n.get("fairness.scope.all")
                : i18n.get("fairness.scope.unit", unitName);
        return i18n.get("fairness.rulesLine", chance(rules.alpha(), i18n), decimal(rules.factor(), 1, i18n),
                rules.streak(), q.from(), q.to(), scope);
    }

    /** A chance as people read it: "< 0,1%" when tiny, else a percentage with one decimal ("3,2%"). */
    public static String chance(double p, I18n i18n) {
        if (p < SMALLEST_SHOWN) {
            return "< " + percent(SMALLEST_SHOWN, 1, i18n);
        }
        return percent(p, 1, i18n);
    }

    /** A share as a whole percentage ("35%"). */
    public static String percent(double share, I18n i18n) {
        return percent(share, 0, i18n);
    }

    static String percent(double share, int digits, I18n i18n) {
        NumberFormat f = NumberFormat.getPercentInstance(i18n.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(share);
    }

    public static String decimal(double value, int digits, I18n i18n) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }
}
