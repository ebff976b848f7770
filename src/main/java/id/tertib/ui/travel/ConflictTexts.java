package id.tertib.ui.travel;

import id.tertib.app.I18n;
import id.tertib.app.TravelService;
import id.tertib.domain.Employee;
import id.tertib.domain.travel.Conflict;
import id.tertib.domain.travel.ConflictKind;

/**
 * A conflict in one plain sentence, the same in the form's warning and in the reconciliation report: "Budi Santoso
 * sudah bertugas dengan ST 090/12/2026 pada 3–5 Des 2026". Every message {@code travel.conflict.<KIND>} gets the
 * same arguments: {0} the person's name, {1} what it clashes with ({@link Conflict#other()}), {2} from, {3} to,
 * {4} the listed dates, {5} the amount, {6} the limit, {7} from..to written once, {8} the year of {@code from}.
 */
public final class ConflictTexts {

    private final TravelTexts texts;

    public ConflictTexts(I18n i18n) {
        this.texts = new TravelTexts(i18n);
    }

    public String describe(TravelService.ConflictEntry entry) {
        return describe(entry.conflict(), entry.employee());
    }

    public String describe(Conflict c, Employee employee) {
        String name = employee == null ? "#" + c.employeeId() : employee.name().full();
        String year = c.from() == null ? "" : String.valueOf(c.from().getYear());
        return texts.i18n().get(key(c.kind()), name, c.other(), c.from(), c.to(), texts.dates(c.dates()), c.amount(),
                c.limit(), texts.range(c.from(), c.to()), year);
    }

    /** The short name of the kind, for a column ("Tugas ganda", "Cuti", ...). */
    public String kindName(ConflictKind kind) {
        return texts.i18n().label(kind);
    }

    private static String key(ConflictKind kind) {
        return switch (kind) {
            case OVERLAP -> "travel.conflict.OVERLAP";
            case LEAVE -> "travel.conflict.LEAVE";
            case SICK -> "travel.conflict.SICK";
            case PUNCHES -> "travel.conflict.PUNCHES";
            case CAP -> "travel.conflict.CAP";
        };
    }
}
