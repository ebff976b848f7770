package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelConflicts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Gathers from the database what the travel checks look at, for a set of people and a period: their active letters
 * in the years concerned (the cap counts whole years), approved leave, sick days and punches on working days.
 */
final class TravelFacts {

    /** Leave code of sick leave (cuti sakit): a trip over it is a sickness conflict, not a leave one. */
    static final String SICK_LEAVE = "CS";

    private TravelFacts() {
    }

    static TravelConflicts.Facts gather(Work w, Map<Long, Employee> people, LocalDate from, LocalDate to) {
        List<Long> ids = List.copyOf(people.keySet());
        AttendanceRules rules = AttendanceRules.load(w);
        List<SuratTugas> trips = w.store().travel().activeWith(ids, LocalDate.of(from.getYear(), 1, 1),
                LocalDate.of(to.getYear(), 12, 31));
        List<TravelConflicts.Absence> absences = new ArrayList<>(leave(w, ids, from, to));
        for (AttendanceDay d : w.store().attendance().days(ids, from, to)) {
            boolean sick = d.source() != DaySource.LEAVE && rules.codes().find(d.code()).map(AttendanceCode::kind)
                    .filter(k -> k == AttendanceCode.Kind.SICK).isPresent();
            if (sick) {
                absences.add(new TravelConflicts.Absence(d.employeeId(), d.date(), d.date(), d.code(), true));
            }
        }
        AttendanceRules.ScheduleBook book = rules.book();
        Map<Long, NavigableSet<LocalDate>> punched = new HashMap<>();
        w.store().attendance().forEachPunch(ids, from, to, (id, at) -> {
            Employee e = people.get(id);
            if (e != null && book.isWorkingDay(e.unitId(), at.toLocalDate())) {
                punched.computeIfAbsent(id, k -> new TreeSet<>()).add(at.toLocalDate());
            }
        });
        return new TravelConflicts.Facts(trips, absences, punched, TravelSettings.capDays(w));
    }

    /** Approved leave of these people touching the period; sick leave counts as sickness. */
    static List<TravelConflicts.Absence> leave(Work w, Collection<Long> ids, LocalDate from, LocalDate to) {
        List<TravelConflicts.Absence> out = new ArrayList<>();
        for (LeaveRequest r : w.store().leave().touching(ids, from, to)) {
            if (r.status() == LeaveStatus.APPROVED) {
                out.add(new TravelConflicts.Absence(r.employeeId(), r.from(), r.to(), r.code(),
                        SICK_LEAVE.equals(r.code())));
            }
        }
        return out;
    }
}
