package id.tertib.domain.discipline;

import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The days behind one person's discipline figures for a calendar year: the unexcused (TK) working days, the days with
 * minutes of lateness or early departure, and the longest run of unexcused working days. Valid absences (DL, S, I,
 * leave) count for nothing, and neither do minutes recorded on them: a late arrival later excused as permission is
 * excused. Codes the office does not know are left out rather than guessed.
 */
public record YearTally(int year, List<AttendanceDay> unexcused, List<AttendanceDay> late, List<AttendanceDay> early,
        UnexcusedRun run) {

    public YearTally {
        unexcused = List.copyOf(unexcused);
        late = List.copyOf(late);
        early = List.copyOf(early);
    }

    /** Tallies a person's stored days; days outside {@code year} are ignored. */
    public static YearTally of(int year, Collection<AttendanceDay> days, AttendanceCodes codes,
            Predicate<LocalDate> workingDay) {
        List<AttendanceDay> tk = new ArrayList<>();
        List<AttendanceDay> late = new ArrayList<>();
        List<AttendanceDay> early = new ArrayList<>();
        Set<LocalDate> tkDates = new HashSet<>();
        for (AttendanceDay d : days) {
            if (d.date().getYear() != year) {
                continue;
            }
            Optional<AttendanceCode> code = codes.find(d.code());
            if (code.isEmpty()) {
                continue;
            }
            if (code.get().isUnexcused()) {
                if (workingDay.test(d.date())) {
                    tk.add(d);
                    tkDates.add(d.date());
                }
            } else if (!code.get().isValidAbsence()) {
                if (d.lateMinutes() > 0) {
                    late.add(d);
                }
                if (d.earlyMinutes() > 0) {
                    early.add(d);
                }
            }
        }
        if (tk.isEmpty() && late.isEmpty() && early.isEmpty()) {
            return new YearTally(year, List.of(), List.of(), List.of(), UnexcusedRun.NONE);
        }
        Comparator<AttendanceDay> byDate = Comparator.comparing(AttendanceDay::date);
        tk.sort(byDate);
        late.sort(byDate);
        early.sort(byDate);
        UnexcusedRun run = tkDates.isEmpty() ? UnexcusedRun.NONE : UnexcusedRun.longest(year, tkDates, workingDay);
        return new YearTally(year, tk, late, early, run);
    }

    public int tkDays() {
        return unexcused.size();
    }

    public int lateMinutes() {
        return late.stream().mapToInt(AttendanceDay::lateMinutes).sum();
    }

    public int earlyMinutes() {
        return early.stream().mapToInt(AttendanceDay::earlyMinutes).sum();
    }

    /** The last day that counted, which dates the offence (and so chooses the rule set); empty for a clean year. */
    public Optional<LocalDate> lastIncident() {
        LocalDate last = null;
        for (List<AttendanceDay> days : List.of(unexcused, late, early)) {
            if (!days.isEmpty() && (last == null || days.get(days.size() - 1).date().isAfter(last))) {
                last = days.get(days.size() - 1).date(); // each list is sorted by date
            }
        }
        return Optional.ofNullable(last);
    }

    public Assessment assess(RuleSet rules) {
        return Assessment.of(rules, tkDays(), lateMinutes(), earlyMinutes(), run);
    }
}
