package id.tertib.app;

import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.Schedule;
import id.tertib.domain.attendance.ScheduleRules;
import id.tertib.domain.attendance.WorkHours;
import id.tertib.domain.attendance.WorkingCalendar;
import id.tertib.store.ScheduleRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What attendance is judged by, read once per unit of work: the working calendar, the schedules (the Perpres 21/2023
 * office default when none is stored, with the stored Ramadan dates), and the codes, defaults plus the office's own.
 */
record AttendanceRules(WorkingCalendar calendar, List<Schedule> schedules, AttendanceCodes codes) {

    static AttendanceRules load(Work w) {
        var cal = w.store().calendar();
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday(cal.years(), cal.all());
        List<Schedule> schedules = new ArrayList<>(w.store().schedules().schedules().stream()
                .map(ScheduleRepository.StoredSchedule::schedule).toList());
        if (schedules.stream().noneMatch(s -> s.unitId() == null && s.validFrom() == null)) {
            schedules.add(officeDefault(w.store().schedules().ramadanPeriods()));
        }
        return new AttendanceRules(calendar, List.copyOf(schedules),
                new AttendanceCodes(w.store().schedules().extraCodes()));
    }

    /** Perpres 21/2023 for every unit without a schedule of its own, with each stored Ramadan period. */
    static Schedule officeDefault(List<ScheduleRepository.RamadanDates> ramadan) {
        Schedule s = Schedule.perpres21_2023();
        for (var r : ramadan) {
            s = s.withRamadan(new id.tertib.domain.attendance.RamadanPeriod(r.from(), r.to(),
                    Schedule.perpres21_2023RamadanWeek()));
        }
        return s;
    }

    /** Looks up the schedule of a unit on a date, remembering answers: an import asks half a million times. */
    ScheduleBook book() {
        return new ScheduleBook();
    }

    final class ScheduleBook {
        private final Map<Long, Map<LocalDate, Optional<Schedule>>> cache = new HashMap<>();

        Optional<Schedule> scheduleFor(long unitId, LocalDate date) {
            return cache.computeIfAbsent(unitId, k -> new HashMap<>())
                    .computeIfAbsent(date, d -> ScheduleRules.applicable(schedules, unitId, d));
        }

        /** Hours of the unit on that date; empty on a day its schedule does not work or no schedule covers. */
        Optional<WorkHours> hours(long unitId, LocalDate date) {
            return scheduleFor(unitId, date).flatMap(s -> s.hoursFor(date));
        }

        /** A working day for that unit: the calendar says so and its schedule has hours that weekday. */
        boolean isWorkingDay(long unitId, LocalDate date) {
            return calendar.covers(date) && calendar.isWorkingDay(date) && hours(unitId, date).isPresent();
        }
    }
}
