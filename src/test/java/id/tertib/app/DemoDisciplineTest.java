package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.discipline.Level;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.discipline.UnexcusedRun;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo office's discipline (23 Nov 2026): people at every level, one of them away ten working days in a row across
 * a weekend, and two open cases, the sedang one overdue for its examination; notes and SKP results beside them.
 */
class DemoDisciplineTest {

    @TempDir
    static Path dir;

    private static Tertib tertib;

    @BeforeAll
    static void fill() {
        tertib = AppFixtures.open(dir);
        tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES, ImportProgress.NONE);
        tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
    }

    @Test
    void peopleStandOnEveryLevelAndOneRanTenWorkingDaysAcrossAWeekend() {
        List<DisciplineRow> rows = tertib.discipline().assess(new DisciplineService.Query(2026, null, false));

        assertThat(rows).extracting(r -> r.assessment().level().orElse(null)).contains(Level.RINGAN, Level.SEDANG,
                Level.BERAT);
        DisciplineRow ran = rows.stream().filter(r -> r.assessment().byRun()).findFirst().orElseThrow();
        UnexcusedRun run = ran.assessment().run();
        assertThat(run.length()).isEqualTo(10);
        assertThat(run.from()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(run.to()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(run.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(tertib.discipline().earlyWarning(2026, null)).isNotEmpty();
    }

    @Test
    void twoCasesAreOpenTheSevereOneWithItsTeamTheModerateOneOverdue() {
        List<CaseFile> cases = tertib.discipline().cases(2026, true);

        assertThat(cases).hasSize(2);
        CaseFile severe = cases.stream().filter(f -> f.c().level() == Level.BERAT).findFirst().orElseThrow();
        assertThat(severe.c().team()).hasSize(3);
        assertThat(severe.c().steps()).extracting(s -> s.kind()).containsExactly(StepKind.SUMMONS_1,
                StepKind.SUMMONS_2);
        assertThat(severe.overdue()).isFalse();
        assertThat(severe.examinationDue()).hasValueSatisfying(d -> assertThat(d).isAfter(LocalDate.of(2026, 11, 23)));
        CaseFile moderate = cases.stream().filter(f -> f.c().level() == Level.SEDANG).findFirst().orElseThrow();
        assertThat(moderate.overdue()).isTrue();
        assertThat(moderate.c().steps()).extracting(s -> s.kind()).containsExactly(StepKind.SUMMONS_1);
    }

    @Test
    void notesAndSkpResultsGrowAlongsideTheDrifterGettingCriticalOnes() {
        var notes = tertib.performance().notes(PerformanceService.Filter.ALL);
        assertThat(notes).hasSizeGreaterThanOrEqualTo(30);
        assertThat(notes).extracting(n -> n.note().kind()).contains(id.tertib.domain.performance.NoteKind.APPRECIATION,
                id.tertib.domain.performance.NoteKind.NEEDS_IMPROVEMENT);
        var annual = tertib.performance().skp(null, 2025);
        assertThat(annual).hasSizeGreaterThanOrEqualTo(100);
        assertThat(annual).extracting(s -> s.result().predikat()).contains(id.tertib.domain.performance.Predikat.BAIK,
                id.tertib.domain.performance.Predikat.SANGAT_KURANG);
        assertThat(tertib.performance().skp(null, 2026)).isNotEmpty();
    }

    @Test
    void theRecapsAndTheAssessmentCountTheSameMinutesForEveryPersonOfTheDemoOffice() {
        // The demo's clock is 23 Nov 2026: January to November of this year.
        java.util.Map<String, Integer> recapLate = new java.util.HashMap<>();
        java.util.Map<String, Integer> recapEarly = new java.util.HashMap<>();
        for (int m = 1; m <= 11; m++) {
            for (var row : tertib.recap().recap(null, java.time.YearMonth.of(2026, m)).rows()) {
                recapLate.merge(row.nip(), row.totals().lateMinutes(), Integer::sum);
                recapEarly.merge(row.nip(), row.totals().earlyMinutes(), Integer::sum);
            }
        }
        List<DisciplineRow> everyone = tertib.discipline().assess(new DisciplineService.Query(2026, null, true));
        assertThat(everyone).hasSizeGreaterThan(100);
        assertThat(recapLate.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
        for (DisciplineRow r : everyone) {
            assertThat(r.assessment().lateMinutes()).as("late minutes of %s", r.person().number())
                    .isEqualTo(recapLate.getOrDefault(r.person().number(), 0));
            assertThat(r.assessment().earlyMinutes()).as("early minutes of %s", r.person().number())
                    .isEqualTo(recapEarly.getOrDefault(r.person().number(), 0));
        }
    }
}
