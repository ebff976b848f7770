package id.tertib.domain.travel;

/** What can be wrong with a trip for one traveller. */
public enum ConflictKind {
    /** The same person on two trips whose dates overlap (a double trip). */
    OVERLAP,
    /** The trip falls on approved leave. */
    LEAVE,
    /** The trip falls on days the person was recorded sick (sick leave or an S day). */
    SICK,
    /** The person punched in or out at the home office on working days of the trip (a sign of a fictitious trip). */
    PUNCHES,
    /** The person's travel days in a year exceed the office's cap. */
    CAP
}
