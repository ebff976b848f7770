package id.tertib.app;

import id.tertib.domain.Problem;
import id.tertib.store.AttendanceRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a machine file holds and what importing it would do. Counts are exact; the issue lists are capped at
 * {@link #SHOWN} entries each so a file with a million bad lines still previews quickly.
 *
 * @param read lines of punches in the file, good and bad: read = new + duplicates + rejected
 * @param newPunches punches not stored before and not repeated in the file
 * @param duplicates punches already stored, or repeated in the file
 * @param rejected lines refused: unreadable, unknown PIN, a time still to come (capped list)
 * @param rejectedCount how many lines were refused in all
 * @param outside punches kept but used for nothing: outside both windows, or on a non-working day (capped list)
 * @param outsideCount how many punches fell outside in all
 * @param blocking problems that stop the import (e.g. the calendar of a year is not set)
 */
public record PunchPreview(Path file, PunchImport.Format format, String sha256, int read, LocalDate from, LocalDate to,
        int people, int newPunches, int duplicates, List<ImportIssue> rejected, int rejectedCount,
        List<ImportIssue> outside, int outsideCount, List<Problem> blocking, Payload payload) {

    /** At most this many issues of each kind are listed. */
    public static final int SHOWN = 200;

    /** The checked punches, carried from preview to commit; not for screens. */
    public static final class Payload {
        private final List<AttendanceRepository.StoredPunch> punches;
        private final Set<Long> employeeIds;

        Payload(List<AttendanceRepository.StoredPunch> punches, Set<Long> employeeIds) {
            this.punches = List.copyOf(punches);
            this.employeeIds = Set.copyOf(employeeIds);
        }
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** Nothing in the file can be stored (every line refused, or no punch at all). */
    public boolean empty() {
        return payload.punches.isEmpty();
    }

    /** Punches the commit will offer to the store (new ones and ones stored before; the store keeps each once). */
    public int payloadSize() {
        return payload.punches.size();
    }

    List<AttendanceRepository.StoredPunch> punches() {
        return payload.punches;
    }

    Set<Long> employeeIds() {
        return payload.employeeIds;
    }
}
