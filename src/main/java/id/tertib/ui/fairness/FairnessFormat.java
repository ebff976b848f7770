package id.tertib.ui.fairness;

import id.tertib.app.I18n;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Numbers as the fairness screen shows them, in the user's language: "0,42", "63%", "Rp530.000", "< 0,1%",
 * "Jan 26"; and the plain reading of a Gini coefficient.
 */
public final class FairnessFormat {

    /** Below this the Gini reads "even"; from {@link #VERY_UNEVEN} on, "very uneven"; between, "rather uneven". */
    public static final double UNEVEN = 0.25;
    public static final double VERY_UNEVEN = 0.45;

    private final I18n i18n;

    public FairnessFormat(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    private NumberFormat number(int minDigits, int maxDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(minDigits);
        f.setMaximumFractionDigits(maxDigits);
        return f;
    }

    /** "0,42". */
    public String gini(double gini) {
        return number(2, 2).format(gini);
    }

    /** A share 0..1 as a whole percentage: "63%" (as the explanations write it). */
    public String percent(double share) {
        return id.tertib.app.FairnessTexts.percent(share, i18n);
    }

    /** A share 0..1 with one decimal where it matters: "2,5%", "35%". */
    public String percentFine(double share) {
        return number(0, 1).format(share * 100) + "%";
    }

    /** A chance: "< 0,1%" below one in a thousand, else "3,2%" (as the explanations write it). */
    public String chance(double p) {
        return id.tertib.app.FairnessTexts.chance(p, i18n);
    }

    /** One decimal: expected counts, the equal share. "2,1". */
    public String decimal(double value) {
        return number(1, 1).format(value);
    }

    /** A count as people write it: "1.250". */
    public String count(long value) {
        return number(0, 0).format(value);
    }

    /** "Rp530.000". */
    public String rupiah(long amount) {
        return "Rp" + count(amount);
    }

    /** A person's share against the equal share 1/n: "35% (14,0×)". */
    public String shareVsEqual(double share, int people) {
        return percentFine(share) + " (" + decimal(share * people) + "×)";
    }

    /** "Jan 26", "Agu 26" (Indonesian month abbreviations in Bahasa Indonesia). */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yy", i18n.locale()).format(month);
    }

    /** The message key of the plain reading of {@code gini}; the thresholds are stated in the Gini tooltip. */
    public static String readingKey(double gini) {
        if (gini < UNEVEN) {
            return "fairness.view.reading.even";
        }
        return gini < VERY_UNEVEN ? "fairness.view.reading.uneven" : "fairness.view.reading.veryUneven";
    }

    /** The Gini tooltip: what the number means and where the readings change. */
    public String giniHint() {
        return i18n.get("fairness.view.giniHint", gini(UNEVEN), gini(VERY_UNEVEN));
    }
}
