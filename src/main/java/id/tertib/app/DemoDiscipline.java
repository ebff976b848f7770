package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.discipline.TeamMember;
import id.tertib.domain.discipline.TeamRole;
import id.tertib.domain.discipline.YearTally;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The demo office's discipline files: the two people whose unexcused absence of the current year reached the highest
 * rungs get a case each. The worst (berat) was summoned twice and has an examination team, the examination still
 * within its seven working days; the next (sedang) was summoned once, long enough ago that the examination is
 * overdue, which the case list highlights. Anyone lower stays for the early warning.
 */
final class DemoDiscipline {

    static final String HR = "hr";

    private DemoDiscipline() {
    }

    /** Opens the cases as HR would; returns how many. */
    static int open(Work w, List<Employee> staff, LocalDate today) {
        DisciplineFacts facts = DisciplineFacts.load(w);
        Map<Long, YearTally> tallies = facts.tallies(w, staff, today.getYear());
        List<Assessed> reached = staff.stream()
                .map(e -> new Assessed(e, facts.assess(e, tallies.get(e.id()), today)))
                .filter(a -> a.assessment().rung().isPresent())
                .sorted(Comparator.comparing((Assessed a) -> a.assessment().level().orElseThrow()).reversed()
                        .thenComparing(a -> -a.assessment().totalDays()))
                .limit(2).toList();
        int n = 0;
        for (Assessed a : reached) {
            Predicate<LocalDate> working = facts.workingDay(a.person().unitId());
            boolean worst = n == 0;
            LocalDate opened = back(today, worst ? 8 : 14, working);
            DisciplineCase c = w.store().discipline().insert(DisciplineCase.open(a.person().id(), today.getYear(),
                    a.assessment(), opened, HR));
            w.audit().disciplineCase(c, a.person(), null, DisciplineAudit.opened(c));
            step(w, c, a.person(), StepKind.SUMMONS_1, back(today, worst ? 7 : 12, working), "800/" + (101 + n)
                    + "/BKPSDM/" + today.getYear(), "");
            if (worst) {
                step(w, c, a.person(), StepKind.SUMMONS_2, back(today, 2, working), "800/" + (121 + n) + "/BKPSDM/"
                        + today.getYear(), "Tidak hadir pada panggilan pertama tanpa pemberitahuan.");
                List<TeamMember> team = List.of(new TeamMember("Drs. Ahmad Fauzi, M.Si.", "", TeamRole.SUPERIOR),
                        new TeamMember("Inspektur Pembantu Wilayah II", "", TeamRole.INSPECTORATE),
                        new TeamMember("Kepala Bidang Pembinaan Aparatur BKPSDM", "", TeamRole.HR));
                w.store().discipline().replaceTeam(c.id(), team);
                w.audit().disciplineCase(c, a.person(), null, DisciplineAudit.team(team));
            }
            n++;
        }
        return n;
    }

    private static void step(Work w, DisciplineCase c, Employee who, StepKind kind, LocalDate on, String document,
            String note) {
        CaseStep s = w.store().discipline().insertStep(c.id(), new CaseStep(0, kind, on, HR, document, note));
        w.audit().disciplineCase(c, who, null, DisciplineAudit.step(s));
    }

    /** {@code n} working days before {@code from}. */
    private static LocalDate back(LocalDate from, int n, Predicate<LocalDate> working) {
        LocalDate d = from;
        for (int counted = 0, guard = 0; counted < n && guard < 100; guard++) {
            d = d.minusDays(1);
            if (working.test(d)) {
                counted++;
            }
        }
        return d;
    }

    private record Assessed(Employee person, Assessment assessment) {
    }
}
