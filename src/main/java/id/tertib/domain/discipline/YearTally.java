package id.tertib.domain.discipline;

import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The days behind one person's discipline figures for a calendar year: the unexcused (TK) working days, the days with
 * minutes of lateness or early departure, and the longest run of unexcused working days with its days
 * ({@code runDays}, which may reach into the year before or after: a run is not cut at New Year). Valid absences (DL,
 * S, I, leave) count for nothing; minutes count only on the days whose code carries them (TL, PSW), as in the monthly
 * recap, so a late arrival later excused as permission or corrected to H is excused. Codes the office does not know
 * are left out rather than guessed.
 */
public record YearTally(int year, List<AttendanceDay> unexcused, List<AttendanceDay> late, List<AttendanceDay> early,
        UnexcusedRun run, List<AttendanceDay> runDays) {

    public YearTally {
        unexcused = List.copyOf(unexcused);
        late = List.copyOf(late);
        early = List.copyOf(early);
        runDays = List.copyOf(runDays);
    }

    /**
     * Tallies a person's stored days. Only days in {@code year} count towards the days and minutes; unexcused days of
     * the years before and after (as many as the caller read) only lengthen a run that crosses New Year.
     */
    public static YearTally of(int year, Collection<AttendanceDay> days, AttendanceCodes codes,
            Predicate<LocalDate> workingDay) {
        List<AttendanceDay> tk = new ArrayList<>();
        List<AttendanceDay> late = new ArrayList<>();
        List<AttendanceDay> early = new ArrayList<>();
        Map<LocalDate, AttendanceDay> tkAnyYear = new HashMap<>();
        for (AttendanceDay d : days) {
            Optional<AttendanceCode> code = codes.find(d.code());
            if (code.isEmpty()) {
                continue;
            }
            boolean inYear = d.date().getYear() == year;
            if (code.get().isUnexcused()) {
                if (workingDay.test(d.date())) {
                    tkAnyYear.put(d.date(), d);
                    if (inYear) {
                        tk.add(d);
                    }
                }
            } else if (inYear && code.get().accumulatesMinutes()) {
                if (d.lateMinutes() > 0) {
                    late.add(d);
                }
                if (d.earlyMinutes() > 0) {
                    early.add(d);
                }
            }
        }
        if (tk.isEmpty() && late.isEmpty() && early.isEmpty()) {
            return new YearTally(year, List.of(), List.of(), List.of(), UnexcusedRun.NONE, List.of());
        }
        Comparator<AttendanceDay> byDate = Comparator.comparing(AttendanceDay::date);
        tk.sort(byDate);
        late.sort(byDate);
        early.sort(byDate);
        UnexcusedRun run = tk.isEmpty() ? UnexcusedRun.NONE
                : UnexcusedRun.longest(year, tkAnyYear.keySet(), workingDay);
        List<AttendanceDay> runDays = run.length() == 0 ? List.of() : tkAnyYear.values().stream()
                .filter(d -> !d.date().isBefore(run.from()) && !d.date().isAfter(run.to())).sorted(byDate).toList();
        return new YearTally(year, tk, late, early, run, runDays);
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
