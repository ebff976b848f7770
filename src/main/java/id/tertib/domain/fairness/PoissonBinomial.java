package id.tertib.domain.fairness;

import java.util.Arrays;

/**
 * The exact chance of at least x successes in independent trips of unequal chance (Poisson-binomial), the trips given
 * as groups of equal chance k/m: each group is a binomial, and the distribution is the convolution of the groups'
 * probability mass functions. Exact in the sense of no sampling and no normal approximation; only double rounding.
 *
 * <p>Why the care: P(X >= x) = 1 - P(X <= x-1) cancels to noise (or a negative number) when the answer is tiny, which
 * is exactly when a person is flagged. So the lower sum is used only while the answer is at least {@link #SMALL};
 * below that (or when a Bernstein bound shows it will be) the upper tail is summed directly, extending the mass function until the rest is provably negligible
 * (the Poisson-binomial is log-concave, so past the mode each term shrinks by at least the last ratio). The mass
 * functions are kept scaled to a maximum near 1 with the logarithm of the scale apart, so neither 0.5^2000 nor
 * C(2000,1000) leaves the range of a double. Only the first {@code x} terms (or the few past x) are ever computed:
 * the cost is about groups x x^2, not trips^2.
 *
 * <p>One instance is reused for many people (its buffers grow once); not thread-safe.
 */
final class PoissonBinomial {

    /** Below this, 1 - P(X <= x-1) keeps too few correct digits and the upper tail is summed instead. */
    static final double SMALL = 1e-3;
    /** The part of the tail that may be left out, relative to what was summed: below a double's precision. */
    private static final double NEGLIGIBLE = 1e-17;
    /** Rescaling step while a binomial's terms grow (well inside a double's range either way). */
    private static final double HUGE = 1e250;
    private static final double LOG_HUGE = Math.log(HUGE);
    private static final double LN_2 = Math.log(2);

    private int groups;
    private int[] counts = new int[8];
    private int[] success = new int[8];
    private int[] outOf = new int[8];
    /** Trips certain to pick the person (k = m: everyone available went): a fixed shift of the count. */
    private int certain;
    /** Trips with a chance below 1. */
    private int uncertain;

    private double[] mass = new double[32];
    private double[] next = new double[32];
    private double[] term = new double[32];
    /** mass[i] * exp(scale) is P(uncertain successes = i); -infinity when all of 0..K is below a double's range. */
    private double scale;

    void clear() {
        groups = 0;
        certain = 0;
        uncertain = 0;
    }

    /** Adds {@code trips} trips, each picking the person with chance {@code k} of {@code m} (0 < k <= m). */
    void add(int trips, int k, int m) {
        if (!(k > 0 && k <= m) || trips < 0) {
            throw new IllegalArgumentException("chance " + k + "/" + m + " of " + trips + " trips");
        }
        if (k == m) {
            certain += trips;
            return;
        }
        if (groups == counts.length) {
            counts = Arrays.copyOf(counts, 2 * groups);
            success = Arrays.copyOf(success, 2 * groups);
            outOf = Arrays.copyOf(outOf, 2 * groups);
        }
        counts[groups] = trips;
        success[groups] = k;
        outOf[groups] = m;
        groups++;
        uncertain += trips;
    }

    /** P(X >= x): 1 for x <= 0, 0 when x exceeds the number of trips; always within [0, 1]. */
    double atLeast(int x) {
        if (x <= certain) {
            return 1;
        }
        int need = x - certain;
        if (need > uncertain) {
            return 0;
        }
        if (!surelySmall(need)) {
            masses(need - 1);
            double below = 0;
            for (int i = 0; i < need; i++) {
                below += mass[i];
            }
            double p = 1 - below * Math.exp(scale);
            if (p >= SMALL) {
                return Math.min(1, p);
            }
        }
        for (int extra = 32; ; extra *= 2) {
            int k = (int) Math.min(uncertain, (long) need + extra);
            masses(k);
            double tail = 0;
            for (int i = need; i <= k; i++) {
                tail += mass[i];
            }
            if (k == uncertain || beyond(k) <= NEGLIGIBLE * tail) {
                return Math.max(0, Math.min(1, tail * Math.exp(scale)));
            }
        }
    }

    /**
     * Whether Bernstein's inequality already proves P(X >= need) below {@link #SMALL}, so the lower sum (which would
     * be cancelled away) need not be computed: P(X - mean >= t) <= exp(-t^2 / (2 (variance + t/3))) for a sum of
     * independent trials. Only a shortcut for clear outliers; the answer is always the exact tail.
     */
    private boolean surelySmall(int need) {
        double mean = 0;
        double variance = 0;
        for (int g = 0; g < groups; g++) {
            double p = (double) success[g] / outOf[g];
            mean += counts[g] * p;
            variance += counts[g] * p * (1 - p);
        }
        double t = need - mean;
        return t > 0 && -t * t / (2 * (variance + t / 3)) < Math.log(SMALL);
    }

    /** A bound on the scaled mass past index k, valid once the terms fall (log-concavity: ratios never grow). */
    private double beyond(int k) {
        if (mass[k] == 0) {
            return 0; // past the mode and below a double's range relative to the maximum
        }
        double ratio = mass[k] / mass[k - 1];
        return ratio < 1 ? mass[k] * ratio / (1 - ratio) : Double.POSITIVE_INFINITY;
    }

    /** Fills mass[0..min(limit, uncertain)] and scale with the distribution of the uncertain trips' successes. */
    private void masses(int limit) {
        int top = Math.min(limit, uncertain);
        ensure(top + 1);
        mass[0] = 1;
        int length = 1;
        scale = 0;
        for (int g = 0; g < groups; g++) {
            int termLength = Math.min(counts[g], top) + 1;
            double termScale = binomial(counts[g], success[g], outOf[g], termLength);
            int merged = Math.min(length + termLength - 1, top + 1);
            double max = 0;
            for (int i = 0; i < merged; i++) {
                double sum = 0;
                for (int j = Math.max(0, i - termLength + 1), end = Math.min(i, length - 1); j <= end; j++) {
                    sum += mass[j] * term[i - j];
                }
                next[i] = sum;
                max = Math.max(max, sum);
            }
            if (max == 0) { // everything up to top is negligible against terms beyond it
                Arrays.fill(mass, 0, top + 1, 0);
                scale = Double.NEGATIVE_INFINITY;
                return;
            }
            // Back to a maximum in [1, 2) by a power of two: exact, and no logarithm per group.
            int exponent = Math.getExponent(max);
            double factor = Math.scalb(1.0, -exponent);
            for (int i = 0; i < merged; i++) {
                next[i] *= factor;
            }
            scale += termScale + exponent * LN_2;
            double[] swap = mass;
            mass = next;
            next = swap;
            length = merged;
        }
        Arrays.fill(mass, length, top + 1, 0);
    }

    /**
     * Fills term[0..length) with Binomial(n, k/m) divided by P(0) = ((m-k)/m)^n, and returns the log of that divisor
     * (kept as a logarithm: it may be far below a double). Terms by the ratio P(j)/P(j-1) = (n-j+1)/j x k/(m-k);
     * they start at 1 and are pulled down whenever they pass {@link #HUGE}, so they stay in range.
     */
    private double binomial(int n, int k, int m, int length) {
        double odds = (double) k / (m - k);
        double logScale = n * Math.log((double) (m - k) / m);
        term[0] = 1;
        for (int j = 1; j < length; j++) {
            double v = term[j - 1] * ((double) (n - j + 1) / j) * odds;
            if (v > HUGE) {
                for (int i = 0; i < j; i++) {
                    term[i] /= HUGE;
                }
                v /= HUGE;
                logScale += LOG_HUGE;
            }
            term[j] = v;
        }
        return logScale;
    }

    private void ensure(int size) {
        if (mass.length < size) {
            int grown = Math.max(size, 2 * mass.length);
            mass = new double[grown];
            next = new double[grown];
            term = new double[grown];
        }
    }
}
