package id.tertib.ui.travel;

import id.tertib.app.I18n;
import id.tertib.app.TravelService;
import id.tertib.app.TravelTexts;
import id.tertib.domain.travel.ConflictKind;

/**
 * A conflict as the travel screens show it: the sentence is the app's ({@link TravelTexts}, the same words as the
 * command line's report), the short name of its kind is for the reconciliation table's column.
 */
public final class ConflictTexts {

    private final I18n i18n;

    public ConflictTexts(I18n i18n) {
        this.i18n = i18n;
    }

    /** "Budi Santoso juga bertugas dengan ST 090/12/2026 pada 3 Des 2026 s.d. 5 Des 2026 (perjalanan ganda)." */
    public String describe(TravelService.ConflictEntry entry) {
        return TravelTexts.describe(entry, i18n);
    }

    /** "Tugas ganda", "Saat cuti", ... */
    public String kindName(ConflictKind kind) {
        return i18n.label(kind);
    }
}
