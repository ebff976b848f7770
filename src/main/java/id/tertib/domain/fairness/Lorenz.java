package id.tertib.domain.fairness;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lorenz curve: with people sorted from fewest to most, point i is (i/n, the part of the total the first i hold),
 * n+1 points from (0,0) to (1,1). The chart draws it against the diagonal: the further below, the less equal.
 */
final class Lorenz {

    private Lorenz() {
    }

    /**
     * The curve of {@code ascending} (sorted, non-negative). With a total of 0 nobody holds more than anyone else, so
     * the curve is the line of equality; with nobody at all it is just its two ends.
     */
    static List<LorenzPoint> of(long[] ascending) {
        int n = ascending.length;
        if (n == 0) {
            return List.of(new LorenzPoint(0, 0), new LorenzPoint(1, 1));
        }
        long total = 0;
        for (long x : ascending) {
            total += x;
        }
        List<LorenzPoint> points = new ArrayList<>(n + 1);
        points.add(new LorenzPoint(0, 0));
        long held = 0;
        for (int i = 1; i <= n; i++) {
            held += ascending[i - 1];
            double population = i == n ? 1 : (double) i / n;
            double share = total == 0 ? population : i == n ? 1 : (double) held / total;
            points.add(new LorenzPoint(population, share));
        }
        return points;
    }
}
