package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.travel.Conflict;
import java.util.stream.Collectors;

/** Conflicts in plain words, the same on screen, in the reconciliation report and on the command line. */
public final class TravelTexts {

    private TravelTexts() {
    }

    /** "Budi Santoso juga bertugas dengan ST 090/2/2026 pada 4 Mar 2026 s.d. 5 Mar 2026 (perjalanan ganda)". */
    public static String describe(Conflict c, Employee who, I18n i18n) {
        String name = who.name().full();
        String dates = c.dates().stream().map(i18n::date).collect(Collectors.joining(", "));
        return i18n.get("travel.conflict." + c.kind().name(), name, c.other(), c.from(), c.to(), dates, c.amount(),
                c.limit(), c.tripNumber());
    }

    public static String describe(TravelService.ConflictEntry e, I18n i18n) {
        return describe(e.conflict(), e.employee(), i18n);
    }
}
