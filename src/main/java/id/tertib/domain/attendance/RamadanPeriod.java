package id.tertib.domain.attendance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of Ramadan in one year (set each year, like holidays) with the shorter hours that apply inside them. A
 * weekday missing from {@code hours} is not a working day during Ramadan.
 */
public record RamadanPeriod(LocalDate from, LocalDate to, Map<DayOfWeek, WorkHours> hours) {

    public RamadanPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        hours = hours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hours));
    }

    /** Perpres 21/2023 Ramadan hours (32.5 h a week) for the given dates. */
    public static RamadanPeriod perpres21_2023(LocalDate from, LocalDate to) {
        return new RamadanPeriod(from, to, Schedule.perpres21_2023RamadanWeek());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public Optional<WorkHours> hoursOn(DayOfWeek day) {
        return Optional.ofNullable(hours.get(day));
    }

    /** Working time of a Ramadan week (breaks excluded). */
    public Duration weeklyHours() {
        return Schedule.total(hours);
    }
}
