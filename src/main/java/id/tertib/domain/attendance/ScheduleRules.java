package id.tertib.domain.attendance;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks schedules and reports every problem with a field path, so an editor can point at the wrong cell:
 * {@code week.MONDAY}, {@code ramadan[0].FRIDAY}, {@code ramadan[1]}, {@code validTo}, {@code toleranceSeconds}.
 */
public final class ScheduleRules {

    /** Up to an hour of tolerance; more would no longer be "tolerance" but a different start time. */
    static final int MAX_TOLERANCE_SECONDS = 3599;

    private ScheduleRules() {
    }

    /** Problems within one schedule; empty when fine. */
    public static List<Problem> check(Schedule s) {
        List<Problem> problems = new ArrayList<>();
        if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
            problems.add(Problem.of("validTo", "schedule.validToBeforeFrom", s.validFrom(), s.validTo()));
        }
        if (s.toleranceSeconds() < 0 || s.toleranceSeconds() > MAX_TOLERANCE_SECONDS) {
            problems.add(Problem.of("toleranceSeconds", "schedule.toleranceRange", s.toleranceSeconds(), 0,
                    MAX_TOLERANCE_SECONDS));
        }
        checkWeek(problems, "week", s.week());
        for (int i = 0; i < s.ramadan().size(); i++) {
            RamadanPeriod r = s.ramadan().get(i);
            String field = "ramadan[" + i + "]";
            if (r.to().isBefore(r.from())) {
                problems.add(Problem.of(field, "schedule.ramadanEndBeforeStart", r.from(), r.to()));
            } else if (!s.covers(r.from()) || !s.covers(r.to())) {
                problems.add(Problem.of(field, "schedule.ramadanOutsideValidity", r.from(), r.to()));
            }
            for (int j = 0; j < i; j++) {
                RamadanPeriod o = s.ramadan().get(j);
                if (overlaps(r.from(), r.to(), o.from(), o.to())) {
                    problems.add(Problem.of(field, "schedule.ramadanOverlap", r.from(), r.to(), o.from(), o.to()));
                }
            }
            checkWeek(problems, field, r.hours());
        }
        return problems;
    }

    /**
     * Problems within each schedule, then validity periods that overlap for the same unit (the office-wide schedules,
     * unit null, are one group): on any date exactly one schedule must apply to a unit.
     */
    public static List<Problem> check(List<Schedule> schedules) {
        List<Problem> problems = new ArrayList<>();
        for (Schedule s : schedules) {
            problems.addAll(check(s));
        }
        for (int i = 0; i < schedules.size(); i++) {
            Schedule a = schedules.get(i);
            for (int j = 0; j < i; j++) {
                Schedule b = schedules.get(j);
                if (Objects.equals(a.unitId(), b.unitId())
                        && overlaps(a.validFrom(), a.validTo(), b.validFrom(), b.validTo())) {
                    problems.add(Problem.of("validFrom", "schedule.validityOverlap", a.unitId() == null ? "" : a.unitId(),
                            validity(a.validFrom(), a.validTo()), validity(b.validFrom(), b.validTo())));
                }
            }
        }
        return problems;
    }

    /** The schedules, or a {@link DomainException} listing every problem. */
    public static List<Schedule> require(List<Schedule> schedules) {
        List<Problem> problems = check(schedules);
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return List.copyOf(schedules);
    }

    /** The unit's own schedule on that date, else the office-wide one; empty when neither covers the date. */
    public static Optional<Schedule> applicable(Collection<Schedule> schedules, Long unitId, LocalDate date) {
        Optional<Schedule> own = schedules.stream()
                .filter(s -> unitId != null && unitId.equals(s.unitId()) && s.covers(date)).findFirst();
        return own.isPresent() ? own
                : schedules.stream().filter(s -> s.unitId() == null && s.covers(date)).findFirst();
    }

    /**
     * A validity period in words, as a message the UI translates: "1 Jan 2026 s.d. 31 Des 2026", "mulai 1 Jan 2026",
     * "sampai 31 Des 2026", or "tanpa batas tanggal" (an open end cannot be a message argument on its own).
     */
    public static Problem validity(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return Problem.of(null, "schedule.period", from, to);
        }
        if (from != null) {
            return Problem.of(null, "schedule.periodFrom", from);
        }
        return to != null ? Problem.of(null, "schedule.periodTo", to) : Problem.of(null, "schedule.periodAlways");
    }

    /**
     * Problems of the hours in one week on their own, with fields {@code prefix.MONDAY} etc.: for hours kept apart from
     * a schedule's dates, such as the Ramadan week of a schedule before any Ramadan dates are set.
     */
    public static List<Problem> checkWeek(String prefix, Map<DayOfWeek, WorkHours> week) {
        List<Problem> problems = new ArrayList<>();
        checkWeek(problems, prefix, week);
        return problems;
    }

    private static void checkWeek(List<Problem> problems, String prefix, Map<DayOfWeek, WorkHours> week) {
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkHours h = week.get(day);
            if (h != null) {
                checkHours(problems, prefix + "." + day.name(), day, h);
            }
        }
    }

    private static void checkHours(List<Problem> problems, String field, DayOfWeek day, WorkHours h) {
        if (!h.end().isAfter(h.start())) {
            problems.add(Problem.of(field, "schedule.endBeforeStart", day, h.start(), h.end()));
            return;
        }
        if ((h.breakStart() == null) != (h.breakEnd() == null)) {
            problems.add(Problem.of(field, "schedule.breakIncomplete", day));
        } else if (h.hasBreak()) {
            if (!h.breakEnd().isAfter(h.breakStart())) {
                problems.add(Problem.of(field, "schedule.breakEndBeforeStart", day, h.breakStart(), h.breakEnd()));
            } else if (!h.breakStart().isAfter(h.start()) || !h.breakEnd().isBefore(h.end())) {
                // A break touching the start or end is not a break but a shorter day: say so.
                problems.add(Problem.of(field, "schedule.breakOutsideHours", day, h.breakStart(), h.breakEnd(),
                        h.start(), h.end()));
            }
        }
    }

    /** Inclusive date ranges; null from = since always, null to = open-ended. */
    public static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        boolean aStartsAfterB = bTo != null && aFrom != null && aFrom.isAfter(bTo);
        boolean bStartsAfterA = aTo != null && bFrom != null && bFrom.isAfter(aTo);
        return !aStartsAfterB && !bStartsAfterA;
    }
}
