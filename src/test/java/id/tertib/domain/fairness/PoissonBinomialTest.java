package id.tertib.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exact one-sided chance P(X >= x), against enumeration by hand and the binomial's closed form. */
class PoissonBinomialTest {

    private final PoissonBinomial chance = new PoissonBinomial();

    @Test
    void halfHalfQuarterByEnumeration() {
        // Trips with chances 1/2, 1/2, 1/4. The 8 outcomes (a b c, 1 = picked) and their probabilities, in 32nds
        // (1/2 x 1/2 x 1/4 = 1/16 = 2/32 for c picked, 1/2 x 1/2 x 3/4 = 3/16 = 6/32 for c not picked):
        //   000 6  100 6  010 6  001 2  110 6  101 2  011 2  111 2     (total 32)
        // X >= 1: 32 - 6 = 26 -> 13/16.  X >= 2: 6 + 2 + 2 + 2 = 12 -> 3/8.  X >= 3: 2 -> 1/16.
        chance.add(2, 1, 2);
        chance.add(1, 1, 4);
        assertThat(chance.atLeast(1)).isCloseTo(13.0 / 16, within(1e-15));
        assertThat(chance.atLeast(2)).isCloseTo(3.0 / 8, within(1e-15));
        assertThat(chance.atLeast(3)).isCloseTo(1.0 / 16, within(1e-15));
        assertThat(chance.atLeast(4)).isZero();
    }

    @Test
    void nothingObservedIsCertain() {
        chance.add(5, 1, 3);
        assertThat(chance.atLeast(0)).isEqualTo(1.0);
        chance.clear();
        assertThat(chance.atLeast(0)).isEqualTo(1.0);
        assertThat(chance.atLeast(1)).isZero(); // no trips open: one trip is impossible
    }

    @Test
    void binomialAgainstItsClosedForm() {
        // Ten trips of 1 in 4. P(X <= 2) = (C(10,0) 3^10 + C(10,1) 3^9 + C(10,2) 3^8) / 4^10
        //   = (59049 + 196830 + 295245) / 1048576 = 551124 / 1048576, so P(X >= 3) = 497452 / 1048576.
        chance.add(10, 1, 4);
        assertThat(chance.atLeast(3)).isCloseTo(497452.0 / 1048576, within(1e-15));
        // Chance 2 of 8 is the same 1 in 4, wherever it comes from.
        chance.clear();
        chance.add(4, 2, 8);
        chance.add(6, 1, 4);
        assertThat(chance.atLeast(3)).isCloseTo(497452.0 / 1048576, within(1e-15));
    }

    @Test
    void tinyTailsAreRightNotCancelledAway() {
        // 200 trips of 1 in 40 (expected 5): at least 30 is about 6e-15 and at least 60 far smaller; 1 - P(X < x)
        // would give 0, noise or a negative number there. Compared with the exact sum of C(200, j) 39^(200-j) / 40^200.
        chance.add(200, 1, 40);
        for (int x : new int[] {12, 20, 30, 60, 150, 200}) {
            double reference = binomialTail(200, 1, 40, x);
            assertThat(chance.atLeast(x)).as("x = %d", x).isCloseTo(reference, within(reference * 1e-10));
        }
        assertThat(binomialTail(200, 1, 40, 30)).isBetween(1e-15, 1e-14);
    }

    @Test
    void hugeCountsStayInRange() {
        // 3000 trips of 1 in 2: P(X = 0) = 2^-3000 is far below a double, yet P(X >= 1700) ~ 1e-13 must come out.
        chance.add(3000, 1, 2);
        double reference = binomialTail(3000, 1, 2, 1700);
        assertThat(chance.atLeast(1700)).isPositive().isCloseTo(reference, within(reference * 1e-9));
        assertThat(chance.atLeast(1400)).isCloseTo(binomialTail(3000, 1, 2, 1400), within(1e-12));
        reference = binomialTail(3000, 1, 2, 1900); // about 1e-49
        assertThat(chance.atLeast(1900)).isPositive().isCloseTo(reference, within(reference * 1e-9));
        // At least 2900 is about 1e-712: below a double, so 0 (not NaN, not negative).
        assertThat(chance.atLeast(2900)).isZero();
    }

    @Test
    void tripsEveryoneAvailableWentOnAreCertain() {
        // Two trips with k = m (chance 1) plus chances 1/2, 1/2, 1/4: X = 2 + the enumeration above.
        chance.add(2, 3, 3);
        chance.add(2, 1, 2);
        chance.add(1, 1, 4);
        assertThat(chance.atLeast(2)).isEqualTo(1.0);
        assertThat(chance.atLeast(4)).isCloseTo(3.0 / 8, within(1e-15));
        assertThat(chance.atLeast(6)).isZero();
    }

    @Test
    void mixturesAgreeWithTripByTripConvolution() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            chance.clear();
            int groups = 1 + random.nextInt(6);
            int[] counts = new int[groups];
            int[] k = new int[groups];
            int[] m = new int[groups];
            int trips = 0;
            for (int g = 0; g < groups; g++) {
                counts[g] = random.nextInt(30);
                m[g] = 2 + random.nextInt(40);
                k[g] = 1 + random.nextInt(Math.min(4, m[g] - 1));
                chance.add(counts[g], k[g], m[g]);
                trips += counts[g];
            }
            // Reference: one Bernoulli at a time over the whole range, upper tail summed directly.
            double[] pmf = new double[trips + 1];
            pmf[0] = 1;
            int seen = 0;
            for (int g = 0; g < groups; g++) {
                double p = (double) k[g] / m[g];
                for (int c = 0; c < counts[g]; c++) {
                    seen++;
                    for (int i = seen; i >= 0; i--) {
                        pmf[i] = pmf[i] * (1 - p) + (i > 0 ? pmf[i - 1] * p : 0);
                    }
                }
            }
            int x = random.nextInt(trips + 2);
            double tail = 0;
            for (int i = x; i <= trips; i++) {
                tail += pmf[i];
            }
            double got = chance.atLeast(x);
            assertThat(got).as("round %d, x %d", round, x).isBetween(0.0, 1.0)
                    .isCloseTo(tail, within(Math.max(1e-14, tail * 1e-9)));
        }
    }

    /** P(X >= x) for X ~ Binomial(n, k/m), exactly in whole numbers: sum_j>=x C(n,j) k^j (m-k)^(n-j) / m^n. */
    private static double binomialTail(int n, int k, int m, int x) {
        BigInteger sum = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE; // C(n, j)
        for (int j = 0; j <= n; j++) {
            if (j > 0) {
                choose = choose.multiply(BigInteger.valueOf(n - j + 1)).divide(BigInteger.valueOf(j));
            }
            if (j >= x) {
                sum = sum.add(choose.multiply(BigInteger.valueOf(k).pow(j))
                        .multiply(BigInteger.valueOf(m - k).pow(n - j)));
            }
        }
        return new BigDecimal(sum).divide(new BigDecimal(BigInteger.valueOf(m).pow(n)), MathContext.DECIMAL128)
                .doubleValue();
    }
}
