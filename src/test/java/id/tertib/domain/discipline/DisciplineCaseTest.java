package id.tertib.domain.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The procedure of a case (PerBKN 6/2022): steps in order, the team for sedang and berat, the 7-day deadline. */
class DisciplineCaseTest {

    private static final Predicate<LocalDate> WEEKDAYS = d -> d.getDayOfWeek().getValue() <= 5;

    private static DisciplineCase opened(int tkDays) {
        Assessment a = Assessment.of(RuleSets.PP_94_2021, tkDays, 0, 0, UnexcusedRun.NONE);
        return DisciplineCase.open(7, 2026, a, LocalDate.of(2026, 11, 2), "hr");
    }

    private static DisciplineCase with(DisciplineCase c, StepKind kind, String date, String note) {
        CaseStep step = new CaseStep(0, kind, LocalDate.parse(date), "hr", "", note);
        c.check(step);
        List<CaseStep> steps = new ArrayList<>(c.steps());
        steps.add(step);
        return c.withSteps(steps);
    }

    private static List<String> problems(Runnable r) {
        try {
            r.run();
            return List.of();
        } catch (DomainException e) {
            return e.problems().stream().map(Problem::messageKey).toList();
        }
    }

    @Test
    void aCaseKeepsTheFiguresItWasOpenedOn() {
        DisciplineCase c = opened(12);

        assertThat(c.level()).isEqualTo(Level.SEDANG);
        assertThat(c.punishment()).isEqualTo("potonganTukin6");
        assertThat(c.article()).isEqualTo("Pasal 10");
        assertThat(c.totalDays()).isEqualTo(12);
        assertThat(c.needsTeam()).isTrue();
        assertThat(opened(4).needsTeam()).isFalse();
        assertThatThrownBy(() -> opened(2)).isInstanceOf(DomainException.class);
    }

    @Test
    void stepsFollowTheProcedure() {
        DisciplineCase c = opened(4);
        assertThat(c.nextSteps()).containsExactly(StepKind.SUMMONS_1, StepKind.CLOSED);
        assertThat(problems(() -> c.check(new CaseStep(0, StepKind.EXAMINATION, LocalDate.of(2026, 11, 3), "hr", "",
                "")))).containsExactly("discipline.step.order");

        DisciplineCase summoned = with(c, StepKind.SUMMONS_1, "2026-11-03", "");
        assertThat(summoned.nextSteps()).containsExactly(StepKind.SUMMONS_2, StepKind.EXAMINATION, StepKind.CLOSED);
        DisciplineCase examined = with(summoned, StepKind.EXAMINATION, "2026-11-10", "");
        DisciplineCase decided = with(examined, StepKind.DECISION, "2026-11-17", "");
        DisciplineCase served = with(decided, StepKind.SERVED, "2026-11-18", "");
        assertThat(served.nextSteps()).containsExactly(StepKind.CLOSED);
        DisciplineCase closed = with(served, StepKind.CLOSED, "2026-11-18", "");
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.nextSteps()).isEmpty();
        assertThat(problems(() -> closed.check(new CaseStep(0, StepKind.CLOSED, LocalDate.of(2026, 11, 19), "hr", "",
                "")))).containsExactly("discipline.step.closed");
    }

    @Test
    void aStepCannotBeDatedBeforeThePreviousOne() {
        DisciplineCase summoned = with(opened(4), StepKind.SUMMONS_1, "2026-11-05", "");

        assertThat(problems(() -> summoned.check(new CaseStep(0, StepKind.EXAMINATION, LocalDate.of(2026, 11, 4), "hr",
                "", "")))).containsExactly("discipline.step.dateBefore");
        assertThat(problems(() -> opened(4).check(new CaseStep(0, StepKind.SUMMONS_1, LocalDate.of(2026, 11, 1), "hr",
                "", "")))).containsExactly("discipline.step.dateBefore");
    }

    @Test
    void sedangAndBeratAreExaminedByATeam() {
        DisciplineCase summoned = with(opened(12), StepKind.SUMMONS_1, "2026-11-03", "");
        CaseStep exam = new CaseStep(0, StepKind.EXAMINATION, LocalDate.of(2026, 11, 6), "hr", "", "");

        assertThat(problems(() -> summoned.check(exam))).containsExactly("discipline.step.teamRequired");
        DisciplineCase withTeam = summoned.withTeam(List.of(new TeamMember("Drs. Ahmad", "", TeamRole.SUPERIOR)));
        assertThat(problems(() -> withTeam.check(exam))).isEmpty();
    }

    @Test
    void closingBeforeTheDecisionIsServedNeedsAReason() {
        DisciplineCase c = opened(4);

        assertThat(problems(() -> c.check(new CaseStep(0, StepKind.CLOSED, LocalDate.of(2026, 11, 3), "hr", "", ""))))
                .containsExactly("discipline.step.closeReason");
        assertThat(problems(() -> c.check(new CaseStep(0, StepKind.CLOSED, LocalDate.of(2026, 11, 3), "hr", "",
                "TK dikoreksi menjadi DL: surat tugas terlambat dicatat")))).isEmpty();
    }

    @Test
    void theExaminationIsDueSevenWorkingDaysAfterTheLatestSummons() {
        // Summons on Tuesday 3 Nov 2026: seven working days later is Thursday 12 Nov.
        DisciplineCase summoned = with(opened(4), StepKind.SUMMONS_1, "2026-11-03", "");

        assertThat(summoned.examinationDue(WEEKDAYS)).contains(LocalDate.of(2026, 11, 12));
        assertThat(summoned.isOverdue(LocalDate.of(2026, 11, 12), WEEKDAYS)).isFalse();
        assertThat(summoned.isOverdue(LocalDate.of(2026, 11, 13), WEEKDAYS)).isTrue();

        // A second summons on Friday 13 Nov moves the deadline to Tuesday 24 Nov.
        DisciplineCase again = with(summoned, StepKind.SUMMONS_2, "2026-11-13", "");
        assertThat(again.examinationDue(WEEKDAYS)).contains(LocalDate.of(2026, 11, 24));
        DisciplineCase examined = with(again, StepKind.EXAMINATION, "2026-11-20", "");
        assertThat(examined.examinationDue(WEEKDAYS)).isEmpty();
        assertThat(examined.isOverdue(LocalDate.of(2026, 12, 31), WEEKDAYS)).isFalse();
        assertThat(opened(4).examinationDue(WEEKDAYS)).isEmpty();
    }
}
