package id.tertib.app;

import id.tertib.domain.Employee;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's annual leave as recorded: approved and requested annual leave per year (by the working days each request
 * states), the years long leave starts, the office's cuti bersama days, and HR's opening balances.
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
        AnnualLeave ledger = new AnnualLeave(rules, Applicant.of(e), LeaveSettings.registerFrom(w, clock),
                y -> facts(requests, calendar, y, excludeId), openings);
        return ledger.balance(year);
    }

    private static AnnualLeave.YearFacts facts(List<LeaveRequest> requests, WorkingCalendar calendar, int year,
            long excludeId) {
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
        return new AnnualLeave.YearFacts(taken, pending, cutiBersamaDays(calendar, year), longLeave);
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
