package id.tertib.domain.leave;

/** Where a leave request stands. Only an approved request marks days; requested and approved ones block overlaps. */
public enum LeaveStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    CANCELLED;

    /** Requested or approved: the person is (or may be) away, so no other request may overlap it. */
    public boolean isActive() {
        return this == REQUESTED || this == APPROVED;
    }
}
