package id.tertib.bench;

import id.tertib.domain.fairness.TripSample;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Five years of travel in an agency for the fairness benchmark: units of 40 people; each trip comes from one unit,
 * departs on a working day, takes 1-4 travellers, 1-5 days at Rp430.000 a day, and its pool is the unit's people
 * minus 0-4 on leave. In every unit three people are favoured (four times the weight of the others), so the analysis
 * has something to flag. Fixed seed: the same data every run.
 */
final class TripGenerator {

    static final int UNIT_SIZE = 40;
    static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    private TripGenerator() {
    }

    /** {@code trips} trips for {@code people} people (a multiple of 40), in trip order (depart, then id). */
    static List<TripSample> generate(int people, int trips, long seed) {
        Random random = new Random(seed);
        int units = people / UNIT_SIZE;
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays.add(d);
            }
        }
        int[] dayOfTrip = new int[trips];
        for (int t = 0; t < trips; t++) {
            dayOfTrip[t] = random.nextInt(workingDays.size());
        }
        Arrays.sort(dayOfTrip); // ids follow the dates, as trips numbered in order of departure would
        List<TripSample> result = new ArrayList<>(trips);
        for (int t = 0; t < trips; t++) {
            int base = random.nextInt(units) * UNIT_SIZE;
            boolean[] away = new boolean[UNIT_SIZE];
            int onLeave = random.nextInt(5);
            for (int i = 0; i < onLeave; i++) {
                away[random.nextInt(UNIT_SIZE)] = true;
            }
            int[] pool = new int[UNIT_SIZE];
            int size = 0;
            for (int i = 0; i < UNIT_SIZE; i++) {
                if (!away[i]) {
                    pool[size++] = base + i;
                }
            }
            pool = Arrays.copyOf(pool, size);
            int k = 1 + random.nextInt(4);
            int[] travellers = pickWeighted(pool, base, k, random);
            int[] days = new int[k];
            long[] allowance = new long[k];
            int length = 1 + random.nextInt(5);
            for (int j = 0; j < k; j++) {
                days[j] = length;
                allowance[j] = length * 430_000L;
            }
            result.add(new TripSample(t + 1, workingDays.get(dayOfTrip[t]), travellers, days, allowance, pool));
        }
        return result;
    }

    /** {@code k} different members of {@code pool}; the unit's first three people weigh 4, the others 1. */
    private static int[] pickWeighted(int[] pool, int base, int k, Random random) {
        int[] chosen = new int[k];
        boolean[] taken = new boolean[pool.length];
        for (int j = 0; j < k; j++) {
            int total = 0;
            for (int i = 0; i < pool.length; i++) {
                total += taken[i] ? 0 : weight(pool[i] - base);
            }
            int r = random.nextInt(total);
            for (int i = 0; i < pool.length; i++) {
                if (taken[i]) {
                    continue;
                }
                r -= weight(pool[i] - base);
                if (r < 0) {
                    taken[i] = true;
                    chosen[j] = pool[i];
                    break;
                }
            }
        }
        return chosen;
    }

    /** Whether {@code person} is one of the three favoured people of their unit. */
    static boolean favoured(int person) {
        return person % UNIT_SIZE < 3;
    }

    private static int weight(int seat) {
        return seat < 3 ? 4 : 1;
    }
}
