package id.tertib.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The share of the top 20%: ceil(n/5) people, at least one. */
class TopShareTest {

    @Test
    void ofFourPeopleTheTopIsOnePerson() {
        // ceil(0.2 x 4) = ceil(0.8) = 1 person: the 4 of a total 1+2+3+4 = 10 -> 0.4.
        assertThat(TopShare.top20(new long[] {1, 2, 3, 4})).isEqualTo(0.4);
        assertThat(TopShare.top20(new long[] {0, 0, 0, 10})).isEqualTo(1.0);
    }

    @Test
    void ofTenPeopleTheTopIsTwoPeople() {
        // ceil(0.2 x 10) = 2 (not 3: 0.2 x 10 must not round up): 3 + 5 of a total 0+0+1+1+1+2+2+2+3+5 = 17.
        assertThat(TopShare.top20(new long[] {0, 0, 1, 1, 1, 2, 2, 2, 3, 5})).isEqualTo(8.0 / 17);
        // Equal counts: the top 20% hold 20%.
        assertThat(TopShare.top20(new long[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4})).isEqualTo(0.2);
    }

    @Test
    void elevenPeopleRoundUpToThree() {
        // ceil(2.2) = 3: 1 + 1 + 1 of 11.
        assertThat(TopShare.top20(new long[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1})).isEqualTo(3.0 / 11);
    }

    @Test
    void onePersonHoldsAllAndNothingIsZero() {
        assertThat(TopShare.top20(new long[] {6})).isEqualTo(1.0);
        assertThat(TopShare.top20(new long[] {0, 0})).isZero();
        assertThat(TopShare.top20(new long[0])).isZero();
    }
}
