package id.tertib.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Gini coefficient, worked by hand with G = sum_i sum_j |x_i - x_j| / (2 n^2 mean). */
class GiniTest {

    @Test
    void onePersonHoldingEverythingOfFourIsThreeQuarters() {
        // Pairs (i,j) with one 10 and one 0: 3 zeros x 1 ten x 2 orders = 6 pairs of |diff| 10 -> 60.
        // 2 n^2 mean = 2 x 16 x 2.5 = 80. G = 60 / 80 = 0.75 (= (n-1)/n).
        assertThat(Gini.of(new long[] {0, 0, 0, 10})).isEqualTo(0.75);
    }

    @Test
    void equalCountsGiveExactlyZero() {
        assertThat(Gini.of(new long[] {3, 3, 3, 3})).isZero();
        assertThat(Gini.of(new long[] {7})).isZero();
    }

    @Test
    void oneTwoThreeFourIsAQuarter() {
        // Unordered pairs: |1-2|+|1-3|+|1-4|+|2-3|+|2-4|+|3-4| = 1+2+3+1+2+1 = 10; ordered pairs: 20.
        // 2 n^2 mean = 2 x 16 x 2.5 = 80. G = 20 / 80 = 0.25.
        // Sorted formula: sum i x_(i) = 1+4+9+16 = 30; (2 x 30 - 5 x 10) / (4 x 10) = 10 / 40 = 0.25.
        assertThat(Gini.of(new long[] {1, 2, 3, 4})).isEqualTo(0.25);
    }

    @Test
    void nobodyOrNothingGivesZero() {
        assertThat(Gini.of(new long[0])).isZero();
        assertThat(Gini.of(new long[] {0, 0, 0})).isZero();
    }

    @Test
    void theSortedFormulaEqualsTheDoubleSum() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            long[] x = random.longs(1 + random.nextInt(40), 0, 20).toArray();
            Arrays.sort(x);
            double pairs = 0;
            long total = 0;
            for (long a : x) {
                total += a;
                for (long b : x) {
                    pairs += Math.abs(a - b);
                }
            }
            double expected = total == 0 ? 0 : pairs / (2.0 * x.length * total); // 2 n^2 mean = 2 n total
            assertThat(Gini.of(x)).isCloseTo(expected, within(1e-12));
        }
    }
}
