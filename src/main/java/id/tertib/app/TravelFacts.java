package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelConflicts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers from the database what the travel checks look at, for a set of people and a period: their active letters
 * in the years concerned (the cap counts whole years), their absences (leave and sickness, from the register or from
 * a day's code) and punches on working days.
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
        List<TravelConflicts.Absence> absences = absences(w, rules.codes(), people.keySet(), from, to);
        AttendanceRules.ScheduleBook book = rules.book();
        Map<Long, NavigableSet<LocalDate>> punched = new HashMap<>();
        w.store().attendance().forEachPunch(ids, from, to, (id, at) -> {
            Employee e = people.get(id);
            if (e != null && book.isWorkingDay(e.unitId(), at.toLocalDate())) {
                punched.computeIfAbsent(id, k -> new TreeSet<>()).add(at.toLocalDate());
            }
        });
        return new TravelConflicts.Facts(trips, absences, punched, TravelSettings.capDays(w), (id, d) -> {
            Employee e = people.get(id);
            return e != null && book.isWorkingDay(e.unitId(), d);
        });
    }

    /**
     * Every absence of these people touching the period, wherever it was recorded: approved leave in the register, and
     * days whose code is of a leave or sickness kind however they came (typed in the grid, imported from another
     * system's daily records). The kind decides, never the letters, since an office may add its own codes. A coded
     * day inside a registered leave is that leave, not a second absence; consecutive days of one code are one stretch.
     * One query for the period and everyone, whatever the number of people: the fairness pools ask for thousands.
     */
    static List<TravelConflicts.Absence> absences(Work w, AttendanceCodes codes, Set<Long> ids, LocalDate from,
            LocalDate to) {
        List<TravelConflicts.Absence> register = leave(w, ids, from, to);
        Map<Long, List<TravelConflicts.Absence>> registered = new HashMap<>();
        register.forEach(a -> registered.computeIfAbsent(a.employeeId(), k -> new ArrayList<>()).add(a));
        Set<String> absent = new HashSet<>();
        for (AttendanceCode c : codes.all()) {
            if (c.kind() == AttendanceCode.Kind.LEAVE || c.kind() == AttendanceCode.Kind.SICK) {
                absent.add(c.code());
            }
        }
        List<AttendanceDay> days = new ArrayList<>();
        w.store().attendance().forEachCoded(from, to, absent, d -> {
            if (ids.contains(d.employeeId()) && !inside(registered.get(d.employeeId()), d.date())) {
                days.add(d);
            }
        });
        days.sort(Comparator.comparingLong(AttendanceDay::employeeId).thenComparing(AttendanceDay::date));
        List<TravelConflicts.Absence> out = new ArrayList<>(register);
        TravelConflicts.Absence open = null;
        for (AttendanceDay d : days) {
            if (open != null && open.employeeId() == d.employeeId() && open.code().equals(d.code())
                    && open.to().plusDays(1).equals(d.date())) {
                open = new TravelConflicts.Absence(open.employeeId(), open.from(), d.date(), open.code(), open.sick());
                continue;
            }
            if (open != null) {
                out.add(open);
            }
            boolean sick = SICK_LEAVE.equals(d.code())
                    || codes.find(d.code()).map(c -> c.kind() == AttendanceCode.Kind.SICK).orElse(false);
            open = new TravelConflicts.Absence(d.employeeId(), d.date(), d.date(), d.code(), sick);
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    private static boolean inside(List<TravelConflicts.Absence> absences, LocalDate date) {
        return absences != null && absences.stream().anyMatch(a -> !date.isBefore(a.from()) && !date.isAfter(a.to()));
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
