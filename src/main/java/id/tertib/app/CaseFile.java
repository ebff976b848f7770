package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.RuleSet;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A case as the case list shows it: the case, the person and unit, the rule set it was opened under (empty if the
 * stored id is no longer known), and the examination deadline with whether it has passed.
 */
public record CaseFile(DisciplineCase c, Employee person, String unitName, Optional<RuleSet> rules,
        Optional<LocalDate> examinationDue, boolean overdue) {

    /** "PP 94/2021 Pasal 9", or "PP 49/2018 (PPPK)" alone: the case header, the dossier and the letters say the same. */
    public String basis() {
        return RuleSet.basis(rules.map(RuleSet::name).orElse(c.ruleSetId()), c.article());
    }
}
