package id.tertib.app;

import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
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
 * @param scope the machine, the units it serves, and the TK the import gives people of those units not in the file
 * @param blocking problems that stop the import (e.g. the calendar of a year is not set)
 */
public record PunchPreview(Path file, PunchImport.Format format, String sha256, int read, LocalDate from, LocalDate to,
        int people, int newPunches, int duplicates, List<ImportIssue> rejected, int rejectedCount,
        List<ImportIssue> outside, int outsideCount, Scope scope, List<Problem> blocking, Payload payload) {

    /** At most this many issues of each kind are listed. */
    public static final int SHOWN = 200;

    /** Where the units served come from. */
    public enum Origin {
        /** Remembered for the machine from an earlier import. */
        STORED,
        /** Given for this import; remembered for the machine when it is stored, if the machine has a name. */
        GIVEN,
        /** Nothing remembered or given: the units of the people whose scans the file holds. */
        FILE
    }

    /**
     * Whose absence the import decides.
     *
     * @param machine the serial from a ZKTeco file name or the name given; empty when the file names no machine
     * @param units the units served, by code; their active people with a PIN who are not in the file get TK on working
     *     days of the period without a scan
     * @param absentPeople how many of those people get at least one new TK day
     * @param tkDays how many new TK days they get in all
     */
    public record Scope(String machine, Origin origin, List<Unit> units, int absentPeople, int tkDays) {
        public Scope {
            machine = machine == null ? "" : machine;
            units = List.copyOf(units);
        }

        Scope withTk(int people, int days) {
            return new Scope(machine, origin, units, people, days);
        }

        /** The commit remembers the units for the machine: they were given now and the machine has a name. */
        public boolean remembered() {
            return origin == Origin.GIVEN && !machine.isEmpty();
        }

        Set<Long> unitIds() {
            return units.stream().map(Unit::id).collect(java.util.stream.Collectors.toSet());
        }

        /** Which units, why those, and who gets TK: said before anything is stored, in the GUI and the CLI alike. */
        public String describe(I18n i18n) {
            String list = units.isEmpty() ? "-" : units.stream().map(u -> u.code() + " (" + u.name() + ")")
                    .collect(java.util.stream.Collectors.joining(", "));
            String which = switch (origin) {
                case STORED -> i18n.get("attendance.import.scope.stored", machine, list);
                case GIVEN -> machine.isEmpty() ? i18n.get("attendance.import.scope.givenOnce", list)
                        : i18n.get("attendance.import.scope.given", machine, list);
                case FILE -> machine.isEmpty() ? i18n.get("attendance.import.scope.fileOnce", list)
                        : i18n.get("attendance.import.scope.file", machine, list);
            };
            return which + " " + i18n.get("attendance.import.scope.absent", absentPeople, tkDays);
        }
    }

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
