package id.tertib.domain;

import java.util.Set;

/**
 * What one signed-in person may see and change, decided once per unit of work from their role and unit.
 * Enforced in the use cases, so hiding a button is never the only guard.
 */
public final class Access {

    /** Name recorded in the audit trail for work done before any account exists (first set-up). */
    public static final String SETUP_ACTOR = "setup";

    private final String actor;
    private final Role role;
    /** Units this person may see; null means all. */
    private final Set<Long> units;

    private Access(String actor, Role role, Set<Long> units) {
        this.actor = actor;
        this.role = role;
        this.units = units == null ? null : Set.copyOf(units);
    }

    /** A database without accounts is being set up: no restriction until the first administrator exists. */
    public static Access setup() {
        return new Access(SETUP_ACTOR, Role.ADMINISTRATOR, null);
    }

    public static Access of(UserAccount user, UnitTree tree) {
        Set<Long> scope = user.role().seesAllUnits() ? null
                : user.unitId() == null ? Set.of() : tree.selfAndDescendants(user.unitId());
        return new Access(user.name(), user.role(), scope);
    }

    public String actor() {
        return actor;
    }

    public Role role() {
        return role;
    }

    public boolean canSeeUnit(long unitId) {
        return units == null || units.contains(unitId);
    }

    /** Employees and the unit tree (staff master data) are kept by administrators and HR officers. */
    public boolean canEditStaffData() {
        return role.seesAllUnits();
    }

    /**
     * Attendance, trips and notes of a unit are kept by administrators, HR officers and the unit's own section head
     * (for his unit and its sub-units); viewers only read.
     */
    public boolean canEditAttendance(long unitId) {
        return role != Role.VIEWER && canSeeUnit(unitId);
    }

    public boolean canManageUsers() {
        return role == Role.ADMINISTRATOR;
    }

    /** Discipline assessments, cases and dossiers are confidential: HR officers and administrators only. */
    public boolean canHandleDiscipline() {
        return role.seesAllUnits();
    }

    public boolean canReadAuditTrail() {
        return role.seesAllUnits();
    }

    /** Backups, restores and database-wide settings. */
    public boolean canAdminister() {
        return role == Role.ADMINISTRATOR;
    }

    /** Throws a refusal naming the person and what was refused when {@code allowed} is false. */
    public void require(boolean allowed, String refusalKey) {
        if (!allowed) {
            throw new DomainException(Problem.of(null, refusalKey, actor));
        }
    }

    /** Refuses any unit outside this person's scope ("another unit's data"). */
    public void requireUnit(long unitId) {
        require(canSeeUnit(unitId), "access.otherUnit");
    }
}
