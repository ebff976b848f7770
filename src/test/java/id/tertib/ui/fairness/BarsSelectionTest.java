package id.tertib.ui.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.FairnessService;
import id.tertib.domain.fairness.FairnessSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which people the bar chart and heat map show, and where the equal-share line goes. */
class BarsSelectionTest {

    private static FairnessService.Report people(int n, Set<Integer> flagged) {
        List<int[]> perMonth = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            perMonth.add(new int[] {n - p}); // person 0 has the most
        }
        return SampleReports.report(List.of(YearMonth.of(2026, 1)), perMonth, flagged);
    }

    @Test
    void aSmallGroupIsShownWholeMostFirst() {
        List<FairnessService.Row> shown = BarsFigure.shown(people(5, Set.of()).rows(), Measure.TRIPS);
        assertThat(shown).extracting(r -> r.outcome().trips()).containsExactly(5, 4, 3, 2, 1);
    }

    @Test
    void aLargeGroupShowsTheTopAndEveryoneFlaggedBelowIt() {
        List<FairnessService.Row> shown = BarsFigure.shown(people(70, Set.of(0, 68)).rows(), Measure.TRIPS);

        assertThat(shown).hasSize(BarsFigure.SHOWN_MAX);
        assertThat(shown.get(0).outcome().trips()).isEqualTo(70);
        assertThat(shown.get(58).outcome().trips()).isEqualTo(12); // the top 59 ...
        assertThat(shown.get(59).outcome().trips()).isEqualTo(2); // ... and person 68, flagged, with 2 trips
        assertThat(shown.get(59).outcome().flagged()).isTrue();
    }

    @Test
    void theEqualShareIsPlacesOrDaysPerPerson() {
        // 4 people, 5 trips with 6 places, 20 travel days
        FairnessSummary s = new FairnessSummary(4, 5, 6, 20, 0, 0.3, 0.5, List.of(), 0.2, 0.4, List.of());
        assertThat(Measure.TRIPS.equalShare(s)).isEqualTo(1.5);
        assertThat(Measure.DAYS.equalShare(s)).isEqualTo(5.0);
        assertThat(Measure.TRIPS.gini(s)).isEqualTo(0.3);
        assertThat(Measure.DAYS.top20(s)).isEqualTo(0.4);
        assertThat(Measure.TRIPS.equalShare(new FairnessSummary(0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0, List.of())))
                .isZero();
    }

    @Test
    void ticksStayAroundFiveToTenOnWholeNumbers() {
        assertThat(PersonBars.niceTick(5)).isEqualTo(1);
        assertThat(PersonBars.niceTick(18)).isEqualTo(5);
        assertThat(PersonBars.niceTick(40)).isEqualTo(5);
        assertThat(PersonBars.niceTick(120)).isEqualTo(20);
    }
}
