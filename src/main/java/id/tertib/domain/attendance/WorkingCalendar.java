package id.tertib.domain.attendance;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days for the years whose holidays have been entered. Holidays are never built in: they are set each year by
 * decree and must be editable, so the calendar only knows what it is given. Asking about a year that was not set is
 * refused rather than answered with "no holidays", because that silent answer would count national holidays as
 * working days (and so as days of unexcused absence).
 *
 * <p>A holiday on a non-working weekday (17 Aug 2025 was a Sunday) is allowed and changes nothing.
 */
public final class WorkingCalendar {

    private final SortedSet<Integer> years;
    private final Set<DayOfWeek> workingWeekdays;
    private final Map<LocalDate, Holiday> holidays = new TreeMap<>();

    public WorkingCalendar(Collection<Integer> years, Set<DayOfWeek> workingWeekdays, Collection<Holiday> holidays) {
        this.years = new TreeSet<>(years);
        this.workingWeekdays = workingWeekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(workingWeekdays);
        List<Problem> problems = new ArrayList<>();
        for (Holiday h : holidays) {
            if (!this.years.contains(h.date().getYear())) {
                problems.add(Problem.of("date", "calendar.holidayOutsideYears", h.date(), List.copyOf(this.years)));
            } else if (this.holidays.putIfAbsent(h.date(), h) != null) {
                problems.add(Problem.of("date", "calendar.holidayDuplicate", h.date()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    /** Monday to Friday (Perpres 21/2023: a 5-day week). */
    public static WorkingCalendar mondayToFriday(Collection<Integer> years, Collection<Holiday> holidays) {
        return new WorkingCalendar(years, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays);
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(years);
    }

    public Set<DayOfWeek> workingWeekdays() {
        return workingWeekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingWeekdays);
    }

    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    /** A working weekday that is neither a national holiday nor cuti bersama. */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return workingWeekdays.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    public Optional<Holiday> holiday(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(holidays.get(date));
    }

    /** Every holiday of one year, in date order. */
    public List<Holiday> holidays(int year) {
        return holidays.values().stream().filter(h -> h.date().getYear() == year).toList();
    }

    public List<LocalDate> workingDays(YearMonth month) {
        return workingDays(month.atDay(1), month.atEndOfMonth());
    }

    /** Working days from {@code from} to {@code to}, both inclusive, in order; empty when {@code to} is before. */
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** How many working days from {@code from} to {@code to}, both inclusive. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDays(from, to).size();
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new DomainException(Problem.of("date", "calendar.yearNotSet", date.getYear()));
        }
    }
}
