package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import id.tertib.domain.fairness.FairnessSummary;
import id.tertib.domain.fairness.LorenzPoint;
import java.util.List;

/** What the charts count: trips (letters a person went on) or travel days. */
public enum Measure {
    TRIPS, DAYS;

    public double of(FairnessService.Row row) {
        return this == TRIPS ? row.outcome().trips() : row.outcome().days();
    }

    /**
     * What each person would have with everything shared equally: places (a trip with three travellers is three
     * places) or days, divided by the people analysed; 0 when nobody was analysed.
     */
    public double equalShare(FairnessSummary s) {
        if (s.people() == 0) {
            return 0;
        }
        return (this == TRIPS ? s.places() : (double) s.days()) / s.people();
    }

    public double gini(FairnessSummary s) {
        return this == TRIPS ? s.giniTrips() : s.giniDays();
    }

    public double top20(FairnessSummary s) {
        return this == TRIPS ? s.top20Trips() : s.top20Days();
    }

    public List<LorenzPoint> lorenz(FairnessSummary s) {
        return this == TRIPS ? s.lorenzTrips() : s.lorenzDays();
    }
}
