package id.tertib.domain.fairness;

/**
 * The share of the total held by the top 20% of people: the ceil(n/5) people with the highest counts, at least one.
 * The count of people is worked in whole numbers, since 0.2 * n in floating point can land just above a whole number
 * and round up one person too many.
 */
final class TopShare {

    private TopShare() {
    }

    /** The top 20% share of {@code ascending} (sorted, non-negative); 0 when there is nobody or the total is 0. */
    static double top20(long[] ascending) {
        int n = ascending.length;
        long total = 0;
        for (long x : ascending) {
            total += x;
        }
        if (total == 0) {
            return 0;
        }
        int top = Math.max(1, (n + 4) / 5);
        long held = 0;
        for (int i = n - top; i < n; i++) {
            held += ascending[i];
        }
        return (double) held / total;
    }
}
