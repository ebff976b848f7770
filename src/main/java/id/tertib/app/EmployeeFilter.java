package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import id.tertib.domain.UnitTree;

/**
 * Which employees to list: a unit including its sub-units (null: all), a status (null: all), text found in
 * the name or NIP (spaces in a typed NIP are ignored), and whether inactive people are shown.
 */
public record EmployeeFilter(Long unitId, EmploymentStatus status, String text, boolean includeInactive) {

    public static final EmployeeFilter ALL = new EmployeeFilter(null, null, "", true);

    /** The filter as a test on employees, for screens that filter a loaded list as the user types. */
    public Predicate<Employee> asPredicate(UnitTree tree) {
        Set<Long> unitIds = unitId == null ? null : tree.selfAndDescendants(unitId);
        return e -> matches(e, unitIds);
    }

    boolean matches(Employee e, Set<Long> unitIds) {
        if (!includeInactive && !e.active()) {
            return false;
        }
        if (unitIds != null && !unitIds.contains(e.unitId())) {
            return false;
        }
        if (status != null && e.status() != status) {
            return false;
        }
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        String digits = needle.replaceAll("\\s+", "");
        return e.name().full().toLowerCase(Locale.ROOT).contains(needle)
                || (!digits.isEmpty() && e.number().contains(digits));
    }
}
