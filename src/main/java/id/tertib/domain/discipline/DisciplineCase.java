package id.tertib.domain.discipline;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A discipline case opened from a year's assessment. The figures are those of the day it was opened (a snapshot: the
 * file must show what the decision rested on even if attendance is corrected later); the steps follow the procedure
 * of PerBKN 6/2022 in order, and sedang and berat need an examination team before the examination.
 *
 * @param id 0 until stored
 */
public record DisciplineCase(long id, long employeeId, int year, String ruleSetId, Level level, String punishment,
        String article, int tkDays, int lateMinutes, int earlyMinutes, int totalDays, int runLength,
        LocalDate openedOn, String openedBy, List<CaseStep> steps, List<TeamMember> team) {

    /** The examination is held within 7 working days of the summons (PerBKN 6/2022). */
    public static final int EXAMINATION_WITHIN_WORKING_DAYS = 7;

    public DisciplineCase {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(openedOn, "openedOn");
        steps = List.copyOf(steps);
        team = List.copyOf(team);
    }

    /** A new case from an assessment that reached a rung. */
    public static DisciplineCase open(long employeeId, int year, Assessment a, LocalDate on, String by) {
        Rung rung = a.rung().orElseThrow(() -> new DomainException(Problem.of(null, "discipline.case.noRung")));
        return new DisciplineCase(0, employeeId, year, a.rules().id(), rung.level(), rung.punishment(),
                rung.article(), a.tkDays(), a.lateMinutes(), a.earlyMinutes(), a.totalDays(), a.run().length(), on, by,
                List.of(), List.of());
    }

    public DisciplineCase withId(long newId) {
        return new DisciplineCase(newId, employeeId, year, ruleSetId, level, punishment, article, tkDays,
                lateMinutes, earlyMinutes, totalDays, runLength, openedOn, openedBy, steps, team);
    }

    public DisciplineCase withSteps(List<CaseStep> newSteps) {
        return new DisciplineCase(id, employeeId, year, ruleSetId, level, punishment, article, tkDays, lateMinutes,
                earlyMinutes, totalDays, runLength, openedOn, openedBy, newSteps, team);
    }

    public DisciplineCase withTeam(List<TeamMember> newTeam) {
        return new DisciplineCase(id, employeeId, year, ruleSetId, level, punishment, article, tkDays, lateMinutes,
                earlyMinutes, totalDays, runLength, openedOn, openedBy, steps, newTeam);
    }

    public boolean isClosed() {
        return has(StepKind.CLOSED);
    }

    /** Sedang and berat are examined by a team of the superior, the inspectorate and HR. */
    public boolean needsTeam() {
        return level != Level.RINGAN;
    }

    public boolean has(StepKind kind) {
        return steps.stream().anyMatch(s -> s.kind() == kind);
    }

    public Optional<CaseStep> last() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The steps that may be recorded now, in procedure order; closing is always possible while open. */
    public List<StepKind> nextSteps() {
        List<StepKind> next = new ArrayList<>();
        if (isClosed()) {
            return next;
        }
        if (has(StepKind.SERVED)) {
            // only closing remains
        } else if (has(StepKind.DECISION)) {
            next.add(StepKind.SERVED);
        } else if (has(StepKind.EXAMINATION)) {
            next.add(StepKind.DECISION);
        } else if (has(StepKind.SUMMONS_2)) {
            next.add(StepKind.EXAMINATION);
        } else if (has(StepKind.SUMMONS_1)) {
            next.add(StepKind.SUMMONS_2);
            next.add(StepKind.EXAMINATION);
        } else {
            next.add(StepKind.SUMMONS_1);
        }
        next.add(StepKind.CLOSED);
        return next;
    }

    /**
     * Refuses a step out of order, dated before the case or the previous step, an examination of a sedang or berat
     * case without a team, or closing before the decision is served without saying why.
     */
    public void check(CaseStep step) {
        List<Problem> problems = new ArrayList<>();
        if (!nextSteps().contains(step.kind())) {
            problems.add(Problem.of("kind", isClosed() ? "discipline.step.closed" : "discipline.step.order"));
        }
        LocalDate earliest = last().map(CaseStep::date).orElse(openedOn);
        if (step.date().isBefore(earliest)) {
            problems.add(Problem.of("date", "discipline.step.dateBefore", earliest));
        }
        if (step.kind() == StepKind.EXAMINATION && needsTeam() && team.isEmpty()) {
            problems.add(Problem.of("kind", "discipline.step.teamRequired"));
        }
        if (step.kind() == StepKind.CLOSED && !has(StepKind.SERVED) && step.note().isEmpty()) {
            problems.add(Problem.of("note", "discipline.step.closeReason"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    /**
     * The last day for the examination: the 7th working day after the latest summons. Empty once examined, closed,
     * or before any summons.
     */
    public Optional<LocalDate> examinationDue(Predicate<LocalDate> workingDay) {
        if (isClosed() || has(StepKind.EXAMINATION)) {
            return Optional.empty();
        }
        return steps.stream().filter(s -> s.kind().isSummons()).map(CaseStep::date).reduce((a, b) -> b)
                .map(summons -> addWorkingDays(summons, EXAMINATION_WITHIN_WORKING_DAYS, workingDay));
    }

    /** Open, summoned and not examined by the deadline. */
    public boolean isOverdue(LocalDate today, Predicate<LocalDate> workingDay) {
        return examinationDue(workingDay).map(today::isAfter).orElse(false);
    }

    /** {@code n} working days after {@code from}; a calendar without working days cannot stall it past 10 weeks. */
    static LocalDate addWorkingDays(LocalDate from, int n, Predicate<LocalDate> workingDay) {
        LocalDate d = from;
        int counted = 0;
        for (int guard = 0; counted < n && guard < 70; guard++) {
            d = d.plusDays(1);
            if (workingDay.test(d)) {
                counted++;
            }
        }
        return d;
    }
}
