package id.tertib.ui.audit;

import id.tertib.app.AuditService;
import id.tertib.domain.AuditAction;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import id.tertib.ui.common.UiContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Audit entries in words a person reads: field labels instead of recorded keys ("Golongan/ruang", not
 * "golongan"), unit names instead of unit ids, "Ya"/"Tidak", translated enum values and Indonesian dates.
 */
public final class ChangeTexts {

    static final String EMPTY = "—";
    private static final String ARROW = " → ";
    private static final Map<String, Function<String, Enum<?>>> ENUMS = Map.of(
            "gender", Gender::valueOf, "status", EmploymentStatus::valueOf,
            "position_kind", PositionKind::valueOf, "role", Role::valueOf);

    private final UiContext ctx;
    private final Map<Long, String> unitNames;

    public ChangeTexts(UiContext ctx, List<Unit> units) {
        this.ctx = ctx;
        this.unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
    }

    /** The readable label of a recorded field key; the key itself for a field this version does not know. */
    public String field(String key) {
        String messageKey = "audit.field." + key;
        return ctx.i18n().bundle().containsKey(messageKey) ? ctx.t(messageKey) : key;
    }

    /** A recorded value as shown: "—" for empty, a unit's name for a unit id, "Ya"/"Tidak", labels. */
    public String value(String key, String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        try {
            return switch (key) {
                case "unit_id", "parent_id" -> unitName(Long.parseLong(raw));
                case "active" -> ctx.t(Boolean.parseBoolean(raw) ? "common.yes" : "common.no");
                case "birth_date", "valid_from", "valid_to", "date_from", "date_to" -> ctx.i18n().date(LocalDate.parse(raw));
                case "password" -> ctx.t("audit.passwordSet");
                default -> ENUMS.containsKey(key) ? ctx.i18n().label(ENUMS.get(key).apply(raw)) : raw;
            };
        } catch (RuntimeException e) {
            return raw; // a value this version cannot read is shown as recorded
        }
    }

    private String unitName(long id) {
        String name = unitNames.get(id);
        return name == null ? ctx.t("audit.unitId", id) : name;
    }

    /** "employee" → "Pegawai". */
    public String entity(String entity) {
        String messageKey = "audit.entity." + entity;
        return ctx.i18n().bundle().containsKey(messageKey) ? ctx.t(messageKey) : entity;
    }

    /**
     * One line per field: "Nama: Budi → Budi Santoso" for the changed fields of an update; the recorded values
     * ("Nama: Budi") of a record created or deleted, leaving out empty ones.
     */
    public List<String> lines(AuditService.Change c) {
        List<String> out = new ArrayList<>();
        if (c.action() == AuditAction.UPDATE) {
            for (String k : c.changedFields()) {
                out.add(field(k) + ": " + value(k, c.before().get(k)) + ARROW + value(k, c.after().get(k)));
            }
            return out;
        }
        Map<String, String> values = c.action() == AuditAction.CREATE ? c.after() : c.before();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.add(field(k) + ": " + value(k, v));
            }
        });
        return out;
    }

    /** Every field key of an entry, changed or not, in recorded order. */
    static List<String> allFields(AuditService.Change c) {
        Set<String> keys = new LinkedHashSet<>(c.before().keySet());
        keys.addAll(c.after().keySet());
        return List.copyOf(keys);
    }
}
