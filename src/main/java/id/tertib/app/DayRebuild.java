package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Nip;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DailyResult;
import id.tertib.domain.attendance.DayDerivation;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Schedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out a person's days over an imported period from all their stored punches (ADR 0006, ADR 0009). Days people
 * recorded (manual, imported daily records, leave) are left alone. A working day without any punch becomes TK
 * (derived) only inside the period, before today, and from the person's appointment on; today is still running, so it
 * gets machine data but never TK.
 */
final class DayRebuild {

    private final AttendanceRules rules;
    private final AttendanceRules.ScheduleBook book;
    private final DayDerivation derivation = new DayDerivation();
    private final LocalDate today;

    DayRebuild(AttendanceRules rules, LocalDate today) {
        this.rules = rules;
        this.book = rules.book();
        this.today = today;
    }

    /**
     * @param punches the person's punches in the period by date (stored and new together)
     * @param existing the person's stored days in the period by date
     * @return the days to store; unchanged days are left out
     */
    List<AttendanceDay> rebuild(Employee e, LocalDate from, LocalDate to, Map<LocalDate, List<LocalDateTime>> punches,
            Map<LocalDate, AttendanceDay> existing) {
        List<AttendanceDay> changed = new ArrayList<>();
        LocalDate firstDay = appointed(e);
        LocalDate last = to.isAfter(today) ? today : to;
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            AttendanceDay stored = existing.get(d);
            if (stored != null && !stored.source().replaceableByMachine()) {
                continue;
            }
            Optional<Schedule> schedule = book.scheduleFor(e.unitId(), d);
            if (schedule.isEmpty() || !book.isWorkingDay(e.unitId(), d)) {
                continue;
            }
            List<LocalDateTime> times = punches.getOrDefault(d, List.of());
            AttendanceDay day;
            if (!times.isEmpty()) {
                DailyResult r = derivation.derive(d, times, rules.calendar(), schedule.get());
                day = AttendanceDay.fromMachine(e.id(), r);
            } else if (d.isBefore(today) && !d.isBefore(firstDay)) {
                day = AttendanceDay.coded(e.id(), d, AttendanceCodes.TK.code(), DaySource.DERIVED, "");
            } else {
                continue;
            }
            if (!day.equals(stored)) {
                changed.add(day);
            }
        }
        return changed;
    }

    /** The first day of the appointment month from a PNS NIP; PPPK numbers carry no appointment date. */
    private LocalDate appointed(Employee e) {
        if (!e.status().isPns()) {
            return LocalDate.MIN;
        }
        try {
            return Nip.parse(e.number(), today).appointment().atDay(1);
        } catch (RuntimeException notANip) {
            return LocalDate.MIN;
        }
    }
}
