package id.tertib.domain.fairness;

import java.util.List;

/**
 * For each person, the trips open to them (their pool held them) in trip order, each with whether they went. Built in
 * two passes over the pools (count, then fill) into one int array with an offset per person, so the per-person work
 * that follows (streaks, chance) never loops over all trips: the cost is the sum of the pool sizes, with no boxing.
 * An entry is {@code trip << 1 | went}.
 *
 * <p>A traveller missing from their trip's pool is added to it: they went, so they were available in fact (a trip
 * saved over a conflict with leave is the usual cause), and leaving them out would make their trip count impossible
 * under the chance model. A person listed twice in a pool counts once.
 */
final class OpenTrips {

    private final int[] offsets;
    private final int[] entries;
    private final int[] poolSizes;

    private OpenTrips(int[] offsets, int[] entries, int[] poolSizes) {
        this.offsets = offsets;
        this.entries = entries;
        this.poolSizes = poolSizes;
    }

    /** The open trips of {@code people} people in {@code trips} (already in trip order). */
    static OpenTrips of(int people, List<TripSample> trips) {
        int count = trips.size();
        if (count >= 1 << 30) {
            throw new IllegalArgumentException("too many trips: " + count);
        }
        int[] seen = new int[people]; // trip t + 1 in the first pass, -(t + 1) in the second: no clearing between trips
        int[] offsets = new int[people + 1];
        int[] poolSizes = new int[count];
        for (int t = 0; t < count; t++) {
            TripSample trip = trips.get(t);
            int size = 0;
            for (int i : trip.travellers()) {
                check(people, i, trip, "traveller");
                if (seen[i] == t + 1) {
                    throw new IllegalArgumentException("trip " + trip.tripId() + " lists person " + i + " twice");
                }
                seen[i] = t + 1;
                offsets[i + 1]++;
                size++;
            }
            for (int i : trip.pool()) {
                check(people, i, trip, "pool member");
                if (seen[i] != t + 1) {
                    seen[i] = t + 1;
                    offsets[i + 1]++;
                    size++;
                }
            }
            poolSizes[t] = size;
        }
        for (int i = 0; i < people; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] next = java.util.Arrays.copyOf(offsets, people);
        int[] entries = new int[offsets[people]];
        for (int t = 0; t < count; t++) {
            TripSample trip = trips.get(t);
            for (int i : trip.travellers()) {
                seen[i] = -(t + 1);
                entries[next[i]++] = t << 1 | 1;
            }
            for (int i : trip.pool()) {
                if (seen[i] != -(t + 1)) {
                    seen[i] = -(t + 1);
                    entries[next[i]++] = t << 1;
                }
            }
        }
        return new OpenTrips(offsets, entries, poolSizes);
    }

    private static void check(int people, int person, TripSample trip, String role) {
        if (person < 0 || person >= people) {
            throw new IllegalArgumentException("trip " + trip.tripId() + " has " + role + " " + person
                    + " outside the group of " + people);
        }
    }

    static int trip(int entry) {
        return entry >>> 1;
    }

    static boolean went(int entry) {
        return (entry & 1) != 0;
    }

    int[] entries() {
        return entries;
    }

    /** Where person {@code i}'s entries start; they end where person i + 1's start. */
    int from(int person) {
        return offsets[person];
    }

    int to(int person) {
        return offsets[person + 1];
    }

    /** How many people could have gone on each trip, travellers included. */
    int[] poolSizes() {
        return poolSizes;
    }
}
