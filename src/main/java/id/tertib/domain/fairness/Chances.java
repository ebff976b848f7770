package id.tertib.domain.fairness;

import java.util.HashMap;
import java.util.Map;

/**
 * Each trip's chance of picking a given member of its pool, k travellers of m: the trips are grouped by that chance
 * as an exact fraction (2 of 40 and 1 of 20 are one group), so a person's open trips fold into a few binomials for
 * {@link PoissonBinomial}, and the expected count is the sum of count x k/m over those groups. Comparing reduced
 * fractions, not doubles, keeps equal chances together whatever their rounding.
 */
final class Chances {

    /** The group of each trip, or -1 when nobody of the group went on it (chance 0: it adds nothing). */
    private final int[] tripGroup;
    private final int[] success;
    private final int[] outOf;
    /** Per group, how many of the current person's trips fall in it; zero again after each person. */
    private final int[] counts;
    private final int[] touched;

    Chances(int[] travellers, int[] poolSizes) {
        tripGroup = new int[travellers.length];
        Map<Long, Integer> ids = new HashMap<>(); // one look-up per trip, not per pool member
        int[] k = new int[16];
        int[] m = new int[16];
        for (int t = 0; t < travellers.length; t++) {
            if (travellers[t] == 0) {
                tripGroup[t] = -1;
                continue;
            }
            int divisor = gcd(travellers[t], poolSizes[t]);
            int num = travellers[t] / divisor;
            int den = poolSizes[t] / divisor;
            Integer id = ids.get((long) num << 32 | den);
            if (id == null) {
                id = ids.size();
                ids.put((long) num << 32 | den, id);
                if (id == k.length) {
                    k = java.util.Arrays.copyOf(k, 2 * id);
                    m = java.util.Arrays.copyOf(m, 2 * id);
                }
                k[id] = num;
                m[id] = den;
            }
            tripGroup[t] = id;
        }
        success = java.util.Arrays.copyOf(k, ids.size());
        outOf = java.util.Arrays.copyOf(m, ids.size());
        counts = new int[ids.size()];
        touched = new int[ids.size()];
    }

    /**
     * Groups the open trips in {@code entries[from..to)} (as {@link OpenTrips} encodes them) into {@code into}, which
     * is cleared first, and returns the expected number of trips.
     */
    double gather(int[] entries, int from, int to, PoissonBinomial into) {
        into.clear();
        int seen = 0;
        for (int e = from; e < to; e++) {
            int g = tripGroup[OpenTrips.trip(entries[e])];
            if (g >= 0 && counts[g]++ == 0) {
                touched[seen++] = g;
            }
        }
        double expected = 0;
        for (int i = 0; i < seen; i++) {
            int g = touched[i];
            expected += counts[g] * (double) success[g] / outOf[g];
            into.add(counts[g], success[g], outOf[g]);
            counts[g] = 0;
        }
        return expected;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int r = a % b;
            a = b;
            b = r;
        }
        return a;
    }
}
