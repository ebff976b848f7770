package id.tertib.domain.fairness;

import static id.tertib.domain.fairness.Trips.trip;
import static id.tertib.domain.fairness.Trips.who;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streaks: runs of consecutive trips a person went on, among the trips open to them. */
class StreaksTest {

    private static final LocalDate JAN_5 = Trips.START;

    private static PersonOutcome first(List<TripSample> trips, FairnessRules rules) {
        return FairnessAnalysis.analyse(3, trips, rules).people().get(0);
    }

    @Test
    void theLongestRunWithItsDates() {
        // Person 0 in every pool; went on trips 1, 2 | not 3 | 4, 5, 6 | not 7 | 8. Longest: 4-6, three trips.
        List<TripSample> trips = new ArrayList<>();
        for (int t = 1; t <= 8; t++) {
            trips.add(trip(t, who(t == 3 || t == 7 ? 1 : 0), 0, 1, 2));
        }
        PersonOutcome p = first(trips, FairnessRules.DEFAULT);
        assertThat(p.streak()).isEqualTo(3);
        assertThat(p.streakFrom()).isEqualTo(JAN_5.plusDays(4));
        assertThat(p.streakTo()).isEqualTo(JAN_5.plusDays(6));
        assertThat(p.flags()).isEmpty(); // 3 < 5
        assertThat(first(trips, new FairnessRules(0.01, 2, 3)).flags()).contains(FairnessFlag.STREAK);
    }

    @Test
    void ofTwoEquallyLongRunsTheEarlierIsShown() {
        // Went on 1, 2 | not 3 | 4, 5: two runs of two; the first (1-2) is reported.
        List<TripSample> trips = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            trips.add(trip(t, who(t == 3 ? 1 : 0), 0, 1, 2));
        }
        PersonOutcome p = first(trips, FairnessRules.DEFAULT);
        assertThat(p.streak()).isEqualTo(2);
        assertThat(p.streakFrom()).isEqualTo(JAN_5.plusDays(1));
        assertThat(p.streakTo()).isEqualTo(JAN_5.plusDays(2));
    }

    @Test
    void aTripThePersonCouldNotGoOnDoesNotBreakTheRun() {
        // Person 0 went on 1, 2, 4, 5, 6; trip 3 went ahead while person 0 was on leave (not in its pool), so their
        // sequence is 1, 2, 4, 5, 6: a run of five, flagged with the default rules.
        List<TripSample> trips = new ArrayList<>();
        for (int t = 1; t <= 6; t++) {
            trips.add(t == 3 ? trip(t, who(1), 1, 2) : trip(t, who(0), 0, 1, 2));
        }
        PersonOutcome p = first(trips, FairnessRules.DEFAULT);
        assertThat(p.openTrips()).isEqualTo(5);
        assertThat(p.streak()).isEqualTo(5);
        assertThat(p.streakFrom()).isEqualTo(JAN_5.plusDays(1));
        assertThat(p.streakTo()).isEqualTo(JAN_5.plusDays(6));
        assertThat(p.flags()).contains(FairnessFlag.STREAK);
    }

    @Test
    void aTripThePersonMissedBreaksTheRun() {
        // The same, but trip 3 was open to person 0 and someone else went: runs 1-2 and 4-6.
        List<TripSample> trips = new ArrayList<>();
        for (int t = 1; t <= 6; t++) {
            trips.add(trip(t, who(t == 3 ? 1 : 0), 0, 1, 2));
        }
        PersonOutcome p = first(trips, FairnessRules.DEFAULT);
        assertThat(p.streak()).isEqualTo(3);
        assertThat(p.streakFrom()).isEqualTo(JAN_5.plusDays(4));
        assertThat(p.flags()).doesNotContain(FairnessFlag.STREAK);
    }

    @Test
    void tripsOnOneDayAreOrderedByTheirId() {
        // Three trips depart on the same day; by id: 10 (person 0), 11 (person 1), 12 (person 0). Given in the order
        // 12, 10, 11 the runs are still 10 | 12, so the streak is one, not two.
        LocalDate day = LocalDate.of(2026, 6, 1);
        List<TripSample> trips = List.of(trip(12, day, who(0), 0, 1, 2), trip(10, day, who(0), 0, 1, 2),
                trip(11, day, who(1), 0, 1, 2));
        assertThat(first(trips, FairnessRules.DEFAULT).streak()).isEqualTo(1);
    }

    @Test
    void neverSentHasNoStreak() {
        PersonOutcome p = first(List.of(trip(1, who(1), 0, 1, 2)), FairnessRules.DEFAULT);
        assertThat(p.streak()).isZero();
        assertThat(p.streakFrom()).isNull();
        assertThat(p.streakTo()).isNull();
    }
}
