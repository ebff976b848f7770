package id.tertib.domain.discipline;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * An office's discipline settings: the minutes of lateness and early departure that make one day (450 by default,
 * verify), how close to a threshold the early warning looks, and the PPPK ladder's thresholds (PP 49/2018 names the
 * punishments but the brief could not confirm the day counts, so the office sets them; the defaults mirror PNS).
 *
 * @param pppkConsecutiveDays a run of this many unexcused working days ends a PPPK contract; 0 switches the rung off
 */
public record DisciplineRules(int minutesPerDay, int warningDays, int pppkSedangFrom, int pppkBeratFrom,
        int pppkConsecutiveDays) {

    public static final DisciplineRules DEFAULT = new DisciplineRules(RuleSets.MINUTES_PER_DAY, 2, 11, 21, 10);

    public DisciplineRules {
        List<Problem> problems = new ArrayList<>();
        if (minutesPerDay < 60 || minutesPerDay > 720) {
            problems.add(Problem.of("minutesPerDay", "discipline.rules.minutesPerDay", 60, 720));
        }
        if (warningDays < 0 || warningDays > 10) {
            problems.add(Problem.of("warningDays", "discipline.rules.warningDays", 0, 10));
        }
        // The three warnings take 3, 4-6 and at least day 7, so sedang starts at day 8 at the earliest.
        if (pppkSedangFrom < 8 || pppkSedangFrom > 100) {
            problems.add(Problem.of("pppkSedangFrom", "discipline.rules.pppkSedangFrom", 8, 100));
        }
        if (pppkBeratFrom <= pppkSedangFrom || pppkBeratFrom > 200) {
            problems.add(Problem.of("pppkBeratFrom", "discipline.rules.pppkBeratFrom", pppkSedangFrom + 1, 200));
        }
        if (pppkConsecutiveDays != 0 && (pppkConsecutiveDays < 2 || pppkConsecutiveDays > 60)) {
            problems.add(Problem.of("pppkConsecutiveDays", "discipline.rules.pppkConsecutiveDays", 2, 60));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }
}
