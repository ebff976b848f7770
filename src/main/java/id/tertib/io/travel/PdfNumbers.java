package id.tertib.io.travel;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the reader writes them: "1.234", "Rp530.000", "2,10", "35,0%" in Indonesian; "1,234" etc. in English. */
final class PdfNumbers {

    private final NumberFormat count;
    private final NumberFormat decimal;
    private final NumberFormat percent;
    private final NumberFormat smallPercent;

    PdfNumbers(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        count = new DecimalFormat("#,##0", symbols);
        decimal = new DecimalFormat("#,##0.00", symbols);
        percent = new DecimalFormat("#,##0.0%", symbols);
        smallPercent = new DecimalFormat("#,##0.00%", symbols);
    }

    public String count(double n) {
        return Double.isFinite(n) ? count.format(n) : "";
    }

    public String rupiah(double n) {
        return Double.isFinite(n) ? "Rp" + count.format(n) : "";
    }

    public String decimal(double n) {
        return Double.isFinite(n) ? decimal.format(n) : "";
    }

    public String percent(double n) {
        return Double.isFinite(n) ? percent.format(n) : "";
    }

    /** A chance: "3,45%", and "< 0,01%" for anything smaller, since more digits only suggest a false precision. */
    public String chance(double p) {
        if (!Double.isFinite(p)) {
            return "";
        }
        return p < 0.0001 ? "< " + smallPercent.format(0.0001) : smallPercent.format(p);
    }

    public String fact(FairnessSheet.Fact fact) {
        return switch (fact.kind()) {
            case COUNT -> count(fact.value());
            case RUPIAH -> rupiah(fact.value());
            case DECIMAL -> decimal(fact.value());
            case PERCENT -> percent(fact.value());
        };
    }
}
