package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.leave.Applicant;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveRules;
import id.tertib.domain.leave.LeaveStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's annual leave as an office keeps it: every block of CT days is an approved request in the leave register,
 * so the register and the balances agree with the grid. A person with no right to annual leave yet (a CPNS or PPPK in
 * the first year) takes permission (I) on those days instead.
 */
final class DemoLeave {

    private DemoLeave() {
    }

    /** The recorded days with CT days of people not yet entitled turned into permission. */
    static List<AttendanceDay> entitledOnly(List<AttendanceDay> recorded, List<Employee> staff, LeaveRules rules) {
        Map<Long, Employee> byId = staff.stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        List<AttendanceDay> out = new ArrayList<>(recorded.size());
        for (AttendanceDay d : recorded) {
            boolean entitled = !LeaveRules.CT.equals(d.code()) || Applicant.of(byId.get(d.employeeId()))
                    .serviceComplete(rules.annualServiceYears()).map(from -> from.getYear() <= d.date().getYear())
                    .orElse(true);
            out.add(entitled ? d : AttendanceDay.coded(d.employeeId(), d.date(), "I", DaySource.MANUAL, d.note()));
        }
        return out;
    }

    /**
     * Stores one approved request per block of CT days (working days in a row, within one year) and audits it.
     *
     * @param workingDay whether a date is a working day of the person's unit
     */
    static int register(Work w, List<AttendanceDay> recorded, List<Employee> staff,
            BiPredicate<Employee, LocalDate> workingDay, String reason) {
        Map<Long, Employee> byId = staff.stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        Map<Long, List<LocalDate>> ct = recorded.stream().filter(d -> LeaveRules.CT.equals(d.code()))
                .collect(Collectors.groupingBy(AttendanceDay::employeeId,
                        Collectors.mapping(AttendanceDay::date, Collectors.toList())));
        int n = 0;
        for (var entry : ct.entrySet()) {
            Employee e = byId.get(entry.getKey());
            List<LocalDate> days = entry.getValue().stream().sorted(Comparator.naturalOrder()).toList();
            int start = 0;
            for (int i = 1; i <= days.size(); i++) {
                if (i == days.size() || days.get(i).getYear() != days.get(i - 1).getYear()
                        || workingDayBetween(days.get(i - 1), days.get(i), d -> workingDay.test(e, d))) {
                    LeaveRequest r = w.store().leave().insert(new LeaveRequest(0, e.id(), LeaveRules.CT,
                            days.get(start), days.get(i - 1), LeaveStatus.APPROVED, i - start, "Cuti tahunan",
                            "Disetujui"));
                    w.audit().leaveRequest(e, null, r, reason);
                    n++;
                    start = i;
                }
            }
        }
        return n;
    }

    private static boolean workingDayBetween(LocalDate from, LocalDate to,
            java.util.function.Predicate<LocalDate> workingDay) {
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            if (workingDay.test(d)) {
                return true;
            }
        }
        return false;
    }
}
