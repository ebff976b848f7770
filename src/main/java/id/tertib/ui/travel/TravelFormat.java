package id.tertib.ui.travel;

import id.tertib.app.I18n;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import id.tertib.domain.travel.TravelKind;

/** Travel figures as people write them: "Rp530.000", "3–5 Des 2026", "28 Nov – 2 Des 2026". */
final class TravelFormat {

    private final I18n i18n;

    TravelFormat(I18n i18n) {
        this.i18n = i18n;
    }

    I18n i18n() {
        return i18n;
    }

    /** "Rp530.000" (thousands grouped the way the language groups them; no decimals: allowances are whole rupiah). */
    String money(long rupiah) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(i18n.locale()));
        return "Rp" + f.format(rupiah);
    }

    /** A stretch of days written once: "3 Des 2026", "3–5 Des 2026", "28 Nov – 2 Des 2026", "30 Des 2026 – 2 Jan 2027". */
    String range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return i18n.date(from != null ? from : to);
        }
        if (from.equals(to)) {
            return i18n.date(from);
        }
        if (from.getYear() != to.getYear()) {
            return i18n.date(from) + " – " + i18n.date(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return DateTimeFormatter.ofPattern("d MMM", i18n.locale()).format(from) + " – " + i18n.date(to);
        }
        return from.getDayOfMonth() + "–" + i18n.date(to);
    }

    /** The kind in a table column: "Dalam kota > 8 jam" where the full name would be cut off. */
    String kindShort(TravelKind kind) {
        if (kind == null) {
            return "";
        }
        return i18n.get(switch (kind) {
            case LUAR_KOTA -> "travel.kindShort.LUAR_KOTA";
            case DALAM_KOTA_LEBIH_8_JAM -> "travel.kindShort.DALAM_KOTA_LEBIH_8_JAM";
            case DALAM_KOTA_SAMPAI_8_JAM -> "travel.kindShort.DALAM_KOTA_SAMPAI_8_JAM";
            case LUAR_NEGERI -> "travel.kindShort.LUAR_NEGERI";
        });
    }
}
