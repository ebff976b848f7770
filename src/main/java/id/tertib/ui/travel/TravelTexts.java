package id.tertib.ui.travel;

import id.tertib.app.I18n;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Travel figures as people write them: "Rp530.000", "3–5 Des 2026", "28 Nov – 2 Des 2026". */
final class TravelTexts {

    /** How many dates a list spells out before it says "and n more". */
    private static final int DATES_SHOWN = 4;

    private final I18n i18n;

    TravelTexts(I18n i18n) {
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

    /** "3 Des 2026, 4 Des 2026" or, for a long list, the first few "and 3 more". */
    String dates(List<LocalDate> dates) {
        String shown = dates.stream().limit(DATES_SHOWN).map(i18n::date).collect(Collectors.joining(", "));
        return dates.size() <= DATES_SHOWN ? shown : i18n.get("travel.moreDates", shown, dates.size() - DATES_SHOWN);
    }
}
