package id.tertib.domain.attendance;

/** Where a day's code came from; decides what a later import may overwrite. */
public enum DaySource {
    /** Derived from the machine's punches; recomputed when punches for that day arrive. */
    MACHINE,
    /** TK because a working day inside an imported period had no punch; replaced when punches or a reason arrive. */
    DERIVED,
    /** Typed by a person, with a reason in the audit trail; never overwritten by an import. */
    MANUAL,
    /** Read from another system's daily records; never overwritten by a punch import. */
    IMPORTED,
    /** Marked by an approved leave request. */
    LEAVE,
    /** Marked DL by a Surat Tugas; taken out again when the letter is cancelled. */
    TRAVEL;

    /** Imports of punches may replace a day from these sources; what people recorded stays. */
    public boolean replaceableByMachine() {
        return this == MACHINE || this == DERIVED;
    }
}
