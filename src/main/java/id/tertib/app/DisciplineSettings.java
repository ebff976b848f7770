package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.discipline.DisciplineRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The office's discipline rules, stored as settings; the defaults apply where nothing (valid) is stored. */
final class DisciplineSettings {

    static final String MINUTES_PER_DAY = "disciplineRules.minutesPerDay";
    static final String WARNING_DAYS = "disciplineRules.warningDays";
    static final String PPPK_SEDANG_FROM = "disciplineRules.pppkSedangFrom";
    static final String PPPK_BERAT_FROM = "disciplineRules.pppkBeratFrom";
    static final String PPPK_CONSECUTIVE = "disciplineRules.pppkConsecutiveDays";

    private DisciplineSettings() {
    }

    static DisciplineRules load(Work w) {
        DisciplineRules d = DisciplineRules.DEFAULT;
        try {
            return new DisciplineRules(integer(w, MINUTES_PER_DAY).orElse(d.minutesPerDay()),
                    integer(w, WARNING_DAYS).orElse(d.warningDays()),
                    integer(w, PPPK_SEDANG_FROM).orElse(d.pppkSedangFrom()),
                    integer(w, PPPK_BERAT_FROM).orElse(d.pppkBeratFrom()),
                    integer(w, PPPK_CONSECUTIVE).orElse(d.pppkConsecutiveDays()));
        } catch (DomainException storedValuesNoLongerValid) {
            return d;
        }
    }

    static void save(Work w, DisciplineRules r) {
        values(r).forEach((k, v) -> w.settings().put("disciplineRules." + k, v));
    }

    /** The values by their setting names without the prefix, as the audit trail records them. */
    static Map<String, String> values(DisciplineRules r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("minutesPerDay", String.valueOf(r.minutesPerDay()));
        m.put("warningDays", String.valueOf(r.warningDays()));
        m.put("pppkSedangFrom", String.valueOf(r.pppkSedangFrom()));
        m.put("pppkBeratFrom", String.valueOf(r.pppkBeratFrom()));
        m.put("pppkConsecutiveDays", String.valueOf(r.pppkConsecutiveDays()));
        return m;
    }

    private static Optional<Integer> integer(Work w, String name) {
        return TravelSettings.integer(w, name);
    }
}
