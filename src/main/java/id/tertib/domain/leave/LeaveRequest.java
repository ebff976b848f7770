package id.tertib.domain.leave;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One request for leave (permintaan cuti): whose, which kind (a leave code such as {@code CT}), from and to (both
 * inclusive), where it stands, and the working days it covers as last counted (when created, and again when approved:
 * the figure an approval letter states). {@code reason} is the applicant's; {@code note} the decision's. {@code id} is
 * 0 until stored.
 */
public record LeaveRequest(long id, long employeeId, String code, LocalDate from, LocalDate to, LeaveStatus status,
        int workingDays, String reason, String note) {

    public LeaveRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        reason = reason == null ? "" : reason.trim();
        note = note == null ? "" : note.trim();
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative working days");
        }
    }

    /** A new request, not yet stored or counted. */
    public static LeaveRequest draft(long employeeId, String code, LocalDate from, LocalDate to, String reason) {
        return new LeaveRequest(0, employeeId, code, from, to, LeaveStatus.REQUESTED, 0, reason, "");
    }

    public LeaveRequest withId(long newId) {
        return new LeaveRequest(newId, employeeId, code, from, to, status, workingDays, reason, note);
    }

    public LeaveRequest withWorkingDays(int days) {
        return new LeaveRequest(id, employeeId, code, from, to, status, days, reason, note);
    }

    /** The decision: a new status and its note (an empty note keeps the one there was). */
    public LeaveRequest decided(LeaveStatus newStatus, String newNote) {
        String kept = newNote == null || newNote.isBlank() ? note : newNote;
        return new LeaveRequest(id, employeeId, code, from, to, newStatus, workingDays, reason, kept);
    }

    /** True when the two periods share at least one calendar day. */
    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !otherFrom.isAfter(to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
