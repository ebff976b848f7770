package id.tertib.domain.fairness;

/**
 * The Gini coefficient of per-person counts, people who got nothing included: G = sum_i sum_j |x_i - x_j| /
 * (2 n^2 mean), 0 for perfect equality and (n-1)/n when one person holds everything. The double sum is O(n^2); with
 * the counts sorted ascending it equals (2 sum_i i x_(i) - (n+1) sum x) / (n sum x) for i = 1..n, which is worked in
 * whole numbers here so equal counts give exactly 0.
 */
final class Gini {

    private Gini() {
    }

    /** The coefficient of {@code ascending} (sorted, non-negative); 0 when there is nobody or the total is 0. */
    static double of(long[] ascending) {
        int n = ascending.length;
        long total = 0;
        long ranked = 0; // sum of i * x_(i); n * total stays far below 2^63 for any office
        for (int i = 0; i < n; i++) {
            total += ascending[i];
            ranked += (i + 1) * ascending[i];
        }
        if (total == 0) {
            return 0;
        }
        return (double) (2 * ranked - (n + 1) * total) / ((double) n * total);
    }
}
