package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Nip;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DailyResult;
import id.tertib.domain.attendance.DayDerivation;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Schedule;
import id.tertib.domain.attendance.WorkHours;
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
    private final Map<Long, UnitDay[]> byUnit = new java.util.HashMap<>();
    private LocalDate cachedFrom;
    private LocalDate cachedLast;

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
        UnitDay[] unitDays = unitDays(e.unitId(), from, last);
        int i = 0;
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1), i++) {
            AttendanceDay stored = existing.get(d);
            if (stored != null && !stored.source().replaceableByMachine()) {
                continue;
            }
            UnitDay unitDay = unitDays[i];
            if (unitDay == null) {
                continue;
            }
            List<LocalDateTime> times = punches.getOrDefault(d, List.of());
            AttendanceDay day;
            if (!times.isEmpty()) {
                DailyResult r = derivation.derive(d, times, rules.calendar(), Optional.of(unitDay.hours()),
                        unitDay.schedule().toleranceSeconds());
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

    /** A working day of a unit: the schedule that applies and its hours that day. */
    private record UnitDay(Schedule schedule, WorkHours hours) {
    }

    /**
     * The unit's working days of the period, by day from {@code from} (null: no working day), worked out once per
     * unit rather than once per person and day.
     */
    private UnitDay[] unitDays(long unitId, LocalDate from, LocalDate last) {
        if (!from.equals(cachedFrom) || !last.equals(cachedLast)) {
            byUnit.clear();
            cachedFrom = from;
            cachedLast = last;
        }
        return byUnit.computeIfAbsent(unitId, u -> {
            int n = (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, last) + 1);
            UnitDay[] days = new UnitDay[n];
            for (int k = 0; k < n; k++) {
                LocalDate d = from.plusDays(k);
                Optional<Schedule> schedule = book.scheduleFor(unitId, d);
                if (schedule.isPresent() && book.isWorkingDay(unitId, d)) {
                    days[k] = new UnitDay(schedule.get(), book.hours(unitId, d).orElseThrow());
                }
            }
            return days;
        });
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
