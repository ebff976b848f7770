package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Holiday;
import id.tertib.domain.attendance.WorkingCalendar;
import id.tertib.domain.leave.AnnualLeave;
import id.tertib.domain.leave.Applicant;
import id.tertib.domain.leave.LeaveBalance;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveRules;
import id.tertib.domain.leave.LeaveStatus;
import id.tertib.domain.leave.OpeningBalance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's annual leave as recorded: approved and requested annual leave per year (by the working days each request
 * states), days coded CT in the attendance grid or an import without a request (leave taken all the same, ADR 0010),
 * the years long leave starts, the office's cuti bersama days, and HR's opening balances.
 */
final class LeaveLedger {

    private LeaveLedger() {
    }

    /** {@code excludeId}: a request left out of what is pending (the one being checked); 0 for none. */
    static LeaveBalance balance(Work w, Clock clock, LeaveRules rules, WorkingCalendar calendar, Employee e, int year,
            long excludeId) {
        List<LeaveRequest> requests = w.store().leave().forEmployee(e.id());
        Map<Integer, OpeningBalance> openings = w.store().leave().openings(e.id()).stream()
                .collect(Collectors.toMap(OpeningBalance::year, Function.identity()));
        int registerFrom = LeaveSettings.registerFrom(w, clock);
        Map<Integer, Integer> withoutRequest = withoutRequest(w, e, requests, Math.min(year, registerFrom), year);
        AnnualLeave ledger = new AnnualLeave(rules, Applicant.of(e), registerFrom,
                y -> facts(requests, calendar, y, excludeId, withoutRequest.getOrDefault(y, 0)), openings);
        return ledger.balance(year);
    }

    /**
     * Days coded CT by year that no approved request covers: typed in the grid or imported from another system. A
     * request's days carry the source LEAVE, or lie inside the request where a person's own entry was kept.
     */
    private static Map<Integer, Integer> withoutRequest(Work w, Employee e, List<LeaveRequest> requests, int fromYear,
            int toYear) {
        List<LeaveRequest> approved = requests.stream().filter(r -> LeaveRules.CT.equals(r.code())
                && r.status() == LeaveStatus.APPROVED).toList();
        Map<Integer, Integer> out = new java.util.HashMap<>();
        for (AttendanceDay d : w.store().attendance().days(List.of(e.id()), LocalDate.of(fromYear, 1, 1),
                LocalDate.of(toYear, 12, 31))) {
            if (LeaveRules.CT.equals(d.code()) && d.source() != DaySource.LEAVE
                    && approved.stream().noneMatch(r -> r.contains(d.date()))) {
                out.merge(d.date().getYear(), 1, Integer::sum);
            }
        }
        return out;
    }

    private static AnnualLeave.YearFacts facts(List<LeaveRequest> requests, WorkingCalendar calendar, int year,
            long excludeId, int withoutRequest) {
        int taken = 0;
        int pending = 0;
        boolean longLeave = false;
        for (LeaveRequest r : requests) {
            if (r.from().getYear() != year || r.id() == excludeId) {
                continue;
            }
            if (LeaveRules.CT.equals(r.code())) {
                taken += r.status() == LeaveStatus.APPROVED ? r.workingDays() : 0;
                pending += r.status() == LeaveStatus.REQUESTED ? r.workingDays() : 0;
            }
            longLeave |= LeaveRules.CB.equals(r.code()) && r.status() == LeaveStatus.APPROVED;
        }
        return new AnnualLeave.YearFacts(taken, pending, cutiBersamaDays(calendar, year), longLeave, withoutRequest);
    }

    /** Cuti bersama days on working weekdays of the year; 0 when the year's calendar is not set. */
    static int cutiBersamaDays(WorkingCalendar calendar, int year) {
        if (!calendar.years().contains(year)) {
            return 0;
        }
        return (int) calendar.holidays(year).stream()
                .filter(h -> h.kind() == Holiday.HolidayKind.CUTI_BERSAMA)
                .filter(h -> calendar.workingWeekdays().contains(h.date().getDayOfWeek()))
                .count();
    }
}
