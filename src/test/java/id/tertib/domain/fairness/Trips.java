package id.tertib.domain.fairness;

import java.time.LocalDate;
import java.util.Arrays;

/** Trips for the tests: each traveller one day at Rp500.000 unless given otherwise. */
final class Trips {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Trips() {
    }

    /** Trip {@code id} departing {@code id} days after 5 Jan 2026. */
    static TripSample trip(long id, int[] travellers, int... pool) {
        return trip(id, START.plusDays(id), travellers, pool);
    }

    static TripSample trip(long id, LocalDate depart, int[] travellers, int... pool) {
        int[] days = new int[travellers.length];
        Arrays.fill(days, 1);
        long[] allowance = new long[travellers.length];
        Arrays.fill(allowance, 500_000);
        return new TripSample(id, depart, travellers, days, allowance, pool);
    }

    static int[] who(int... people) {
        return people;
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = from; i < to; i++) {
            r[i - from] = i;
        }
        return r;
    }
}
