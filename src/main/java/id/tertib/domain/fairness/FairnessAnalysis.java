package id.tertib.domain.fairness;

import java.util.List;

/** Fairness of travel assignments in a group of people: counts, shares, inequality, chance and streaks. */
public final class FairnessAnalysis {

    private FairnessAnalysis() {
    }

    /** Analyses {@code trips} for a group of {@code people} people (indexes 0..people-1). */
    public static FairnessResult analyse(int people, List<TripSample> trips, FairnessRules rules) {
        throw new UnsupportedOperationException("being written");
    }
}
