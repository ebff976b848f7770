package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.discipline.DisciplineRules;
import id.tertib.domain.discipline.RuleSet;
import id.tertib.domain.discipline.RuleSets;
import id.tertib.domain.discipline.YearTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads what a discipline year rests on: the office's attendance rules and, in one query, every stored day of the
 * year that could count (unexcused codes, minutes late or early), tallied per person against their unit's working
 * days.
 */
final class DisciplineFacts {

    private static final int RUN_MARGIN_MONTHS = 3;

    private final AttendanceRules attendance;
    private final AttendanceRules.ScheduleBook book;
    private final DisciplineRules rules;
    private final Map<String, RuleSet> ruleSets = new HashMap<>();

    private DisciplineFacts(Work w) {
        this.attendance = AttendanceRules.load(w);
        this.book = attendance.book();
        this.rules = DisciplineSettings.load(w);
    }

    static DisciplineFacts load(Work w) {
        return new DisciplineFacts(w);
    }

    DisciplineRules rules() {
        return rules;
    }

    /**
     * A working day of the person's unit. Where the office has not set up the year's calendar, the unit's schedule
     * alone decides (its working weekdays), rather than no day being a working day and every TK silently vanishing.
     */
    Predicate<LocalDate> workingDay(long unitId) {
        return d -> attendance.calendar().covers(d) ? book.isWorkingDay(unitId, d) : book.hours(unitId, d).isPresent();
    }

    /** The tallies of these people for the year, by employee id (everyone gets one, empty if clean). */
    Map<Long, YearTally> tallies(Work w, Collection<Employee> people, int year) {
        Map<Long, Employee> byId = new HashMap<>();
        people.forEach(e -> byId.put(e.id(), e));
        List<String> unexcused = attendance.codes().all().stream().filter(AttendanceCode::isUnexcused)
                .map(AttendanceCode::code).toList();
        Map<Long, List<AttendanceDay>> days = new HashMap<>();
        java.util.function.Consumer<AttendanceDay> sink = d -> {
            if (byId.containsKey(d.employeeId())) {
                days.computeIfAbsent(d.employeeId(), k -> new ArrayList<>()).add(d);
            }
        };
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        w.store().attendance().forEachIncident(first, last, unexcused, sink);
        // A run of unexcused days is not cut at New Year: the TK days of the neighbouring months lengthen a run that
        // crosses it. Three months either side hold more working days than any run threshold (PNS 10, PPPK at most
        // 60), so the rung is always right; only a run longer than that is shown shorter than it was.
        w.store().attendance().forEachUnexcused(first.minusMonths(RUN_MARGIN_MONTHS), first.minusDays(1), unexcused,
                sink);
        w.store().attendance().forEachUnexcused(last.plusDays(1), last.plusMonths(RUN_MARGIN_MONTHS), unexcused, sink);
        Map<Long, YearTally> out = new HashMap<>();
        for (Employee e : people) {
            out.put(e.id(), YearTally.of(year, days.getOrDefault(e.id(), List.of()), attendance.codes(),
                    workingDay(e.unitId())));
        }
        return out;
    }

    /**
     * The rule set for the person's year: PPPK by the office's PPPK ladder; PNS by the regulation in force on the
     * last day that counted (the year's end for a clean year, clipped to {@code today} for the current year).
     */
    RuleSet ruleSetFor(Employee e, YearTally tally, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(tally.year(), 12, 31);
        LocalDate offence = tally.lastIncident().orElse(yearEnd.isAfter(today) ? today : yearEnd);
        boolean pppk = !e.status().isPns();
        // Thousands of people share two or three rule sets: built once per read, not once per person.
        String key = pppk ? RuleSets.PPPK_ID : RuleSets.forOffence(offence).map(RuleSet::id).orElse("");
        return ruleSets.computeIfAbsent(key, k -> RuleSets.forPerson(pppk, offence, rules)
                .orElseGet(() -> RuleSets.PP_53_2010.withMinutesPerDay(rules.minutesPerDay())));
    }

    /** One person's tally for the year. */
    YearTally tally(Work w, Employee e, int year) {
        return tallies(w, List.of(e), year).get(e.id());
    }

    /** The tally assessed under the person's rule set. */
    id.tertib.domain.discipline.Assessment assess(Employee e, YearTally tally, LocalDate today) {
        return tally.assess(ruleSetFor(e, tally, today));
    }
}
