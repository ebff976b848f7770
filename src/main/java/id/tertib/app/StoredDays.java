package id.tertib.app;

import id.tertib.domain.attendance.AttendanceDay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The stored days of many people over a period, in one query: by their ids when they are few, else every day of the
 * period filtered here (an IN list of thousands of ids is slower than reading the period by its date index).
 */
final class StoredDays {

    /** Above this many people one period-wide read is cheaper than a long id list. */
    static final int MAX_IDS = 1_000;

    private StoredDays() {
    }

    /** Employee id to date to stored day. */
    static Map<Long, Map<LocalDate, AttendanceDay>> of(Work w, Collection<Long> employeeIds, LocalDate from,
            LocalDate to) {
        Map<Long, Map<LocalDate, AttendanceDay>> byPerson = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return byPerson;
        }
        var repository = w.store().attendance();
        Set<Long> wanted = new HashSet<>(employeeIds);
        var days = wanted.size() <= MAX_IDS ? repository.days(wanted, from, to) : repository.allDays(from, to);
        for (AttendanceDay d : days) {
            if (wanted.contains(d.employeeId())) {
                byPerson.computeIfAbsent(d.employeeId(), k -> new HashMap<>()).put(d.date(), d);
            }
        }
        return byPerson;
    }
}
