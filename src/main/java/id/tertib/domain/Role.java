package id.tertib.domain;

/**
 * What a signed-in person may do. Administrator: users, settings, everything. HR officer: all units, discipline
 * cases, exports, staff data. Section head: own unit and its sub-units (attendance, trips, notes). Viewer:
 * read-only, own unit and its sub-units.
 */
public enum Role {
    ADMINISTRATOR,
    HR_OFFICER,
    SECTION_HEAD,
    VIEWER;

    /** Administrator and HR officer see every unit; the others only their own unit and its sub-units. */
    public boolean seesAllUnits() {
        return this == ADMINISTRATOR || this == HR_OFFICER;
    }

    /** Section heads and viewers are tied to a unit. */
    public boolean needsUnit() {
        return !seesAllUnits();
    }
}
