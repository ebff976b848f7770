package id.tertib.domain.fairness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Fairness of travel assignments in a group of people: counts, shares, inequality, chance and streaks (ADR 0011).
 * The work is linear in the sum of the pool sizes plus, per person, about (chance groups) x (trips)^2 for the exact
 * p-value, and n log n for the sorted summaries: 8,000 people and 40,000 trips take tens of milliseconds.
 */
public final class FairnessAnalysis {

    /** The order streaks are counted in, as {@link TripSample} states it. */
    private static final Comparator<TripSample> ORDER = Comparator.comparing(TripSample::depart)
            .thenComparingLong(TripSample::tripId);

    private FairnessAnalysis() {
    }

    /** Analyses {@code trips} for a group of {@code people} people (indexes 0..people-1). */
    public static FairnessResult analyse(int people, List<TripSample> trips, FairnessRules rules) {
        Objects.requireNonNull(rules, "rules");
        if (people < 0) {
            throw new IllegalArgumentException("people must not be negative: " + people);
        }
        List<TripSample> ordered = new ArrayList<>(trips);
        ordered.sort(ORDER); // a merge sort: one pass when the caller already gives trip order
        OpenTrips open = OpenTrips.of(people, ordered);

        int[] count = new int[people];
        int[] days = new int[people];
        long[] allowance = new long[people];
        int[] last = new int[people];
        Arrays.fill(last, -1);
        int[] travellers = new int[ordered.size()];
        int withTravellers = 0;
        int places = 0;
        long totalDays = 0;
        long totalAllowance = 0;
        for (int t = 0; t < ordered.size(); t++) {
            TripSample trip = ordered.get(t);
            int[] who = trip.travellers();
            travellers[t] = who.length;
            withTravellers += who.length > 0 ? 1 : 0;
            places += who.length;
            for (int j = 0; j < who.length; j++) {
                int i = who[j];
                count[i]++;
                days[i] += trip.days()[j];
                allowance[i] += trip.allowance()[j];
                last[i] = t; // trips are in date order, so the last seen departs last
                totalDays += trip.days()[j];
                totalAllowance += trip.allowance()[j];
            }
        }

        Chances chances = new Chances(travellers, open.poolSizes());
        PoissonBinomial chance = new PoissonBinomial();
        List<PersonOutcome> outcomes = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            int from = open.from(i);
            int to = open.to(i);
            double expected = chances.gather(open.entries(), from, to, chance);
            double p = chance.atLeast(count[i]);
            Streaks.Run run = Streaks.longest(open.entries(), from, to);
            Set<FairnessFlag> flags = EnumSet.noneOf(FairnessFlag.class);
            if (p < rules.alpha() && count[i] > rules.factor() * expected) {
                flags.add(FairnessFlag.EXCESS);
            }
            if (run.length() >= rules.streak()) {
                flags.add(FairnessFlag.STREAK);
            }
            outcomes.add(new PersonOutcome(i, count[i], days[i], allowance[i],
                    places == 0 ? 0 : (double) count[i] / places, expected, p, to - from, run.length(),
                    departOf(ordered, run.firstTrip()), departOf(ordered, run.lastTrip()), departOf(ordered, last[i]),
                    flags.isEmpty() ? Set.of() : flags));
        }

        long[] byTrips = ascending(count);
        long[] byDays = ascending(days);
        FairnessSummary summary = new FairnessSummary(people, withTravellers, places, totalDays, totalAllowance,
                Gini.of(byTrips), TopShare.top20(byTrips), Lorenz.of(byTrips), Gini.of(byDays), TopShare.top20(byDays),
                Lorenz.of(byDays));
        return new FairnessResult(outcomes, summary, rules);
    }

    private static LocalDate departOf(List<TripSample> ordered, int trip) {
        return trip < 0 ? null : ordered.get(trip).depart();
    }

    private static long[] ascending(int[] values) {
        long[] sorted = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            sorted[i] = values[i];
        }
        Arrays.sort(sorted);
        return sorted;
    }
}
