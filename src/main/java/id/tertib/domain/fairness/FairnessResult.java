package id.tertib.domain.fairness;

import java.util.List;

/** The analysis: one outcome per person (in index order) and the summary, under the rules given. */
public record FairnessResult(List<PersonOutcome> people, FairnessSummary summary, FairnessRules rules) {

    public FairnessResult {
        people = List.copyOf(people);
    }
}
