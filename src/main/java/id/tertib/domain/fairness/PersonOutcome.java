package id.tertib.domain.fairness;

import java.time.LocalDate;
import java.util.Set;

/**
 * One person's travel in the analysis. {@code share} is the person's part of all the group's places on trips (the
 * equal share is 1/n); {@code expected} is the number of trips chance would give (the sum over the trips whose pool
 * held the person of travellers/pool size); {@code pValue} is the chance of at least {@code trips} trips under that
 * model, computed exactly (Poisson-binomial); {@code openTrips} is how many trips the person could have gone on.
 * {@code streak} is the longest run of consecutive open trips the person went on, from {@code streakFrom} to
 * {@code streakTo} (departure dates; null when the person never went).
 */
public record PersonOutcome(int person, int trips, int days, long allowance, double share, double expected,
        double pValue, int openTrips, int streak, LocalDate streakFrom, LocalDate streakTo, LocalDate lastDepart,
        Set<FairnessFlag> flags) {

    public PersonOutcome {
        flags = Set.copyOf(flags);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
