package id.tertib.domain.attendance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The working hours of one unit over a period. Some public-service units keep other hours than the office, so
 * schedules are per unit and dated; {@code unitId} null is the office-wide schedule for units without their own.
 * {@code validFrom} null means "since always" (the office default), {@code validTo} null "until replaced".
 *
 * <p>Ramadan is a list because an open-ended schedule spans several years, each with its own Ramadan dates.
 *
 * <p>{@code toleranceSeconds}: seconds after the start that are not lateness. The default 59 tolerates the seconds
 * within the starting minute: 07:30:59 is on time, 07:31:00 is one minute late.
 */
public record Schedule(Long unitId, LocalDate validFrom, LocalDate validTo, Map<DayOfWeek, WorkHours> week,
        int toleranceSeconds, List<RamadanPeriod> ramadan) {

    public static final int DEFAULT_TOLERANCE_SECONDS = 59;

    public Schedule {
        week = week.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(week));
        ramadan = List.copyOf(ramadan);
    }

    /**
     * Perpres 21/2023: Mon-Thu 07:30-16:00 (break 12:00-13:00), Fri 07:30-16:30 (break 11:30-13:00), 37.5 h a week;
     * office-wide, valid since always, no Ramadan dates yet (add them per year with {@link #withRamadan}).
     */
    public static Schedule perpres21_2023() {
        return perpres21_2023(null, null);
    }

    public static Schedule perpres21_2023(Long unitId, LocalDate validFrom) {
        Map<DayOfWeek, WorkHours> week = new EnumMap<>(DayOfWeek.class);
        WorkHours monThu = WorkHours.of("07:30", "16:00", "12:00", "13:00");
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(d, monThu);
        }
        week.put(DayOfWeek.FRIDAY, WorkHours.of("07:30", "16:30", "11:30", "13:00"));
        return new Schedule(unitId, validFrom, null, week, DEFAULT_TOLERANCE_SECONDS, List.of());
    }

    /**
     * Perpres 21/2023 Ramadan week, 32.5 h: Mon-Thu 08:00-15:00 (break 12:00-12:30) = 6.5 h, Fri 08:00-15:30
     * (break 11:30-12:30) = 6.5 h.
     */
    public static Map<DayOfWeek, WorkHours> perpres21_2023RamadanWeek() {
        Map<DayOfWeek, WorkHours> week = new EnumMap<>(DayOfWeek.class);
        WorkHours monThu = WorkHours.of("08:00", "15:00", "12:00", "12:30");
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(d, monThu);
        }
        week.put(DayOfWeek.FRIDAY, WorkHours.of("08:00", "15:30", "11:30", "12:30"));
        return week;
    }

    /** This schedule with one more Ramadan period (not checked here: see {@link ScheduleRules}). */
    public Schedule withRamadan(RamadanPeriod period) {
        List<RamadanPeriod> all = new ArrayList<>(ramadan);
        all.add(Objects.requireNonNull(period));
        return new Schedule(unitId, validFrom, validTo, week, toleranceSeconds, all);
    }

    public boolean covers(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * The hours on that date: Ramadan hours inside a Ramadan period, else the weekly hours; empty when the weekday is
     * not worked. Holidays are the calendar's business, not the schedule's. A date outside the validity period is a
     * programming error (pick the schedule that covers the date first).
     */
    public Optional<WorkHours> hoursFor(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException(date + " is outside " + validFrom + ".." + validTo);
        }
        for (RamadanPeriod r : ramadan) {
            if (r.contains(date)) {
                return r.hoursOn(date.getDayOfWeek());
            }
        }
        return Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    /** Working time of the normal week (breaks excluded). */
    public Duration weeklyHours() {
        return total(week);
    }

    static Duration total(Map<DayOfWeek, WorkHours> week) {
        return week.values().stream().map(WorkHours::working).reduce(Duration.ZERO, Duration::plus);
    }
}
