package id.tertib.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lorenz curves: people from fewest to most, the part of the total the first i hold. */
class LorenzTest {

    @Test
    void oneTwoThreeFour() {
        // Running totals 1, 3, 6, 10 of 10.
        assertThat(Lorenz.of(new long[] {1, 2, 3, 4})).containsExactly(new LorenzPoint(0, 0),
                new LorenzPoint(0.25, 0.1), new LorenzPoint(0.5, 0.3), new LorenzPoint(0.75, 0.6),
                new LorenzPoint(1, 1));
    }

    @Test
    void onePersonHoldingEverythingHugsTheBottom() {
        assertThat(Lorenz.of(new long[] {0, 0, 0, 10})).containsExactly(new LorenzPoint(0, 0),
                new LorenzPoint(0.25, 0), new LorenzPoint(0.5, 0), new LorenzPoint(0.75, 0), new LorenzPoint(1, 1));
    }

    @Test
    void nothingAtAllIsTheLineOfEquality() {
        assertThat(Lorenz.of(new long[] {0, 0})).containsExactly(new LorenzPoint(0, 0), new LorenzPoint(0.5, 0.5),
                new LorenzPoint(1, 1));
        assertThat(Lorenz.of(new long[0])).containsExactly(new LorenzPoint(0, 0), new LorenzPoint(1, 1));
    }

    @Test
    void endsExactlyAtOneOne() {
        // 1/3 + 1/3 + 1/3 need not add up to exactly 1 in doubles; the last point must.
        var points = Lorenz.of(new long[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        assertThat(points).hasSize(22).last().isEqualTo(new LorenzPoint(1, 1));
    }
}
