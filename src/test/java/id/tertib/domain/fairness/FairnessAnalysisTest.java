package id.tertib.domain.fairness;

import static id.tertib.domain.fairness.Trips.range;
import static id.tertib.domain.fairness.Trips.trip;
import static id.tertib.domain.fairness.Trips.who;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole analysis on small groups worked by hand. */
class FairnessAnalysisTest {

    private static FairnessResult analyse(int people, List<TripSample> trips) {
        return FairnessAnalysis.analyse(people, trips, FairnessRules.DEFAULT);
    }

    @Test
    void expectedCountsFollowEachTripsOwnPool() {
        // Trip A: pool {0,1}, 1 traveller -> 1/2 each. Trip B: pool {0,1,2,3}, 2 travellers -> 2/4 = 1/2 each.
        // Expected: person 0 and 1: 1/2 + 1/2 = 1.0; persons 2 and 3 (only in B): 0.5. Sum 3 = places.
        FairnessResult r = analyse(4, List.of(trip(1, who(0), 0, 1), trip(2, who(0, 2), 0, 1, 2, 3)));
        assertThat(r.people()).extracting(PersonOutcome::expected).containsExactly(1.0, 1.0, 0.5, 0.5);
        assertThat(r.people()).extracting(PersonOutcome::openTrips).containsExactly(2, 2, 1, 1);
        assertThat(r.people()).extracting(PersonOutcome::trips).containsExactly(2, 0, 1, 0);
    }

    @Test
    void pValuesAgainstEnumeration() {
        // A: pool {0,1}, traveller 0 -> chance 1/2. B: pool {0,1,2,3}, travellers 0, 2 -> 1/2. C: pool {0,1,2,3},
        // traveller 1 -> 1/4.
        // Person 0: open A, B, C (1/2, 1/2, 1/4), went twice. The 8 outcomes in 32nds: 000 6, 100 6, 010 6, 001 2,
        //   110 6, 101 2, 011 2, 111 2; at least 2: 6+2+2+2 = 12/32 = 3/8. Expected 1/2+1/2+1/4 = 1.25.
        // Person 1: the same trips, went once: 1 - P(none) = 1 - 6/32 = 13/16. Expected 1.25.
        // Person 2: open B, C (1/2, 1/4), went once: 1 - 1/2 x 3/4 = 5/8. Expected 0.75.
        // Person 3: open B, C, never went: p = 1. Expected 0.75.
        FairnessResult r = analyse(4, List.of(trip(1, who(0), 0, 1), trip(2, who(0, 2), 0, 1, 2, 3),
                trip(3, who(1), 0, 1, 2, 3)));
        assertThat(r.people()).extracting(PersonOutcome::expected).containsExactly(1.25, 1.25, 0.75, 0.75);
        double[] p = r.people().stream().mapToDouble(PersonOutcome::pValue).toArray();
        assertThat(p[0]).isCloseTo(3.0 / 8, within(1e-15));
        assertThat(p[1]).isCloseTo(13.0 / 16, within(1e-15));
        assertThat(p[2]).isCloseTo(5.0 / 8, within(1e-15));
        assertThat(p[3]).isEqualTo(1.0);
        assertThat(r.people()).allMatch(o -> !o.flagged());
    }

    @Test
    void sharesCountsDaysAllowanceAndLastTrip() {
        // Places: 1 + 2 + 1 = 4. Person 0: 2 of 4 = 0.5; person 1 and 2: 0.25; person 3: 0 (equal share 1/4).
        TripSample a = new TripSample(1, LocalDate.of(2026, 3, 2), who(0), new int[] {3}, new long[] {1_290_000},
                range(0, 4));
        TripSample b = new TripSample(2, LocalDate.of(2026, 4, 6), who(0, 2), new int[] {2, 2},
                new long[] {860_000, 860_000}, range(0, 4));
        TripSample c = new TripSample(3, LocalDate.of(2026, 5, 4), who(1), new int[] {1}, new long[] {150_000},
                range(0, 4));
        FairnessResult r = analyse(4, List.of(c, a, b)); // any order in, date order used
        PersonOutcome budi = r.people().get(0);
        assertThat(budi.trips()).isEqualTo(2);
        assertThat(budi.days()).isEqualTo(5);
        assertThat(budi.allowance()).isEqualTo(2_150_000);
        assertThat(budi.share()).isEqualTo(0.5);
        assertThat(budi.lastDepart()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(r.people()).extracting(PersonOutcome::share).containsExactly(0.5, 0.25, 0.25, 0.0);
        assertThat(r.people().get(3).lastDepart()).isNull();

        FairnessSummary s = r.summary();
        assertThat(s.people()).isEqualTo(4);
        assertThat(s.trips()).isEqualTo(3);
        assertThat(s.places()).isEqualTo(4);
        assertThat(s.days()).isEqualTo(8);
        assertThat(s.allowance()).isEqualTo(3_160_000);
        // Trips per person 2, 1, 1, 0 -> sorted 0, 1, 1, 2: Gini (2(0+2+3+8) - 5 x 4) / (4 x 4) = 6/16 = 0.375.
        assertThat(s.giniTrips()).isEqualTo(0.375);
        assertThat(s.top20Trips()).isEqualTo(0.5); // one person of four: 2 of 4
        assertThat(s.lorenzTrips()).containsExactly(new LorenzPoint(0, 0), new LorenzPoint(0.25, 0),
                new LorenzPoint(0.5, 0.25), new LorenzPoint(0.75, 0.5), new LorenzPoint(1, 1));
        // Days per person 5, 1, 2, 0 -> sorted 0, 1, 2, 5: Gini (2(0+2+6+20) - 5 x 8) / (4 x 8) = 16/32 = 0.5.
        assertThat(s.giniDays()).isEqualTo(0.5);
        assertThat(s.top20Days()).isEqualTo(5.0 / 8);
        assertThat(s.lorenzDays()).extracting(LorenzPoint::share).containsExactly(0.0, 0.0, 1.0 / 8, 3.0 / 8, 1.0);
    }

    @Test
    void aClearlyOverAssignedPersonIsFlaggedAndTheOthersAreNot() {
        // Ten people, 40 trips of one traveller, everyone always available: chance 1/10 each, expected 4.
        // Person 0 goes on every third trip (0, 3, ..., 39: 14 trips); the other 26 go round persons 1..9
        // (1..8 three times, 9 twice). P(Bin(40, 1/10) >= 14) ~ 1e-5 < 0.01 and 14 > 2 x 4: EXCESS.
        // P(Bin(40, 1/10) >= 3) ~ 0.78: nobody else. No one goes twice in a row: no streaks.
        List<TripSample> trips = new ArrayList<>();
        int next = 1;
        for (int t = 0; t < 40; t++) {
            int traveller = t % 3 == 0 ? 0 : next;
            if (t % 3 != 0) {
                next = next == 9 ? 1 : next + 1;
            }
            trips.add(trip(t, who(traveller), range(0, 10)));
        }
        FairnessResult r = analyse(10, trips);
        PersonOutcome budi = r.people().get(0);
        assertThat(budi.trips()).isEqualTo(14);
        assertThat(budi.expected()).isCloseTo(4.0, within(1e-12));
        assertThat(budi.pValue()).isCloseTo(binomialTail(40, 1, 10, 14), within(1e-18)).isLessThan(1e-4);
        assertThat(budi.flags()).containsExactly(FairnessFlag.EXCESS);
        assertThat(r.people().subList(1, 10)).allMatch(o -> !o.flagged() && o.trips() <= 3 && o.pValue() > 0.5);
    }

    @Test
    void significantButNotLargeIsNotFlagged() {
        // 400 trips of 1 in 10 (expected 40); 60 trips is significant (p ~ 0.001) but not more than twice 40.
        List<TripSample> trips = new ArrayList<>();
        for (int t = 0; t < 400; t++) {
            trips.add(trip(t, who(t % 20 < 3 ? 0 : 1 + t % 9), range(0, 10)));
        }
        PersonOutcome budi = analyse(10, trips).people().get(0);
        assertThat(budi.trips()).isEqualTo(60);
        assertThat(budi.pValue()).isLessThan(0.01);
        assertThat(budi.flags()).isEmpty();
        // An office that flags above 1.4 times the expected count sees him.
        FairnessResult strict = FairnessAnalysis.analyse(10, trips, new FairnessRules(0.01, 1.4, 5));
        assertThat(strict.people().get(0).flags()).containsExactly(FairnessFlag.EXCESS);
    }

    @Test
    void noTripsAtAll() {
        FairnessResult r = analyse(3, List.of());
        assertThat(r.people()).hasSize(3).allMatch(o -> o.trips() == 0 && o.expected() == 0 && o.pValue() == 1
                && o.openTrips() == 0 && o.streak() == 0 && o.streakFrom() == null && o.share() == 0 && !o.flagged());
        assertThat(r.summary().giniTrips()).isZero();
        assertThat(r.summary().top20Trips()).isZero();
        assertThat(r.summary().lorenzTrips()).extracting(LorenzPoint::share)
                .containsExactly(0.0, 1.0 / 3, 2.0 / 3, 1.0);
    }

    @Test
    void onePersonAlwaysSentIsNoSurprise() {
        // Alone in every pool: chance 1 each time, expected 3, p = 1; a streak of 3 is below the default 5.
        FairnessResult r = analyse(1, List.of(trip(1, who(0), 0), trip(2, who(0), 0), trip(3, who(0), 0)));
        PersonOutcome only = r.people().get(0);
        assertThat(only.expected()).isEqualTo(3.0);
        assertThat(only.pValue()).isEqualTo(1.0);
        assertThat(only.share()).isEqualTo(1.0);
        assertThat(only.streak()).isEqualTo(3);
        assertThat(only.flags()).isEmpty();
        assertThat(r.summary().giniTrips()).isZero();
        assertThat(r.summary().top20Trips()).isEqualTo(1.0);
    }

    @Test
    void nobodyToAnalyse() {
        FairnessResult r = analyse(0, List.of());
        assertThat(r.people()).isEmpty();
        assertThat(r.summary().people()).isZero();
        assertThat(r.summary().lorenzTrips()).containsExactly(new LorenzPoint(0, 0), new LorenzPoint(1, 1));
    }

    @Test
    void aTravellerMissingFromThePoolIsCountedAsAvailable() {
        // Person 2 went although the pool (built from leave records) left them out: the pool is {0,1,2}, chance 1/3.
        FairnessResult r = analyse(3, List.of(trip(1, who(2), 0, 1, 1)));
        assertThat(r.people()).extracting(PersonOutcome::expected).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
        assertThat(r.people().get(2).pValue()).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void tripsNoMemberWentOnCountAsOpenButAddNoChance() {
        // Trip 2's travellers are all outside the group (filtered out): nobody in it went, so nothing is expected.
        FairnessResult r = analyse(2, List.of(trip(1, who(0), 0, 1), trip(2, who(), 0, 1)));
        assertThat(r.summary().trips()).isEqualTo(1);
        assertThat(r.people()).extracting(PersonOutcome::openTrips).containsExactly(2, 2);
        assertThat(r.people()).extracting(PersonOutcome::expected).containsExactly(0.5, 0.5);
    }

    @Test
    void wrongIndexesAreRefused() {
        assertThatThrownBy(() -> analyse(2, List.of(trip(7, who(2), 0, 1)))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("trip 7").hasMessageContaining("traveller 2");
        assertThatThrownBy(() -> analyse(2, List.of(trip(7, who(0), 0, -1))))
                .hasMessageContaining("pool member -1");
        assertThatThrownBy(() -> analyse(2, List.of(trip(7, who(0, 0), 0, 1)))).hasMessageContaining("twice");
        assertThatThrownBy(() -> analyse(-1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static double binomialTail(int n, int k, int m, int x) {
        BigInteger sum = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE;
        for (int j = 0; j <= n; j++) {
            if (j > 0) {
                choose = choose.multiply(BigInteger.valueOf(n - j + 1)).divide(BigInteger.valueOf(j));
            }
            if (j >= x) {
                sum = sum.add(choose.multiply(BigInteger.valueOf(k).pow(j)).multiply(BigInteger.valueOf(m - k).pow(n - j)));
            }
        }
        return new BigDecimal(sum).divide(new BigDecimal(BigInteger.valueOf(m).pow(n)), MathContext.DECIMAL128)
                .doubleValue();
    }
}
