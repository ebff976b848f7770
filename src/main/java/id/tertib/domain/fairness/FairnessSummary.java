package id.tertib.domain.fairness;

import java.util.List;

/**
 * The group as a whole: people analysed, trips with at least one of them, places taken (a trip with three travellers
 * is three places), total travel days and allowance, and for trips and for days the Gini coefficient, the share held
 * by the top 20% of people, and the Lorenz curve.
 */
public record FairnessSummary(int people, int trips, int places, long days, long allowance, double giniTrips,
        double top20Trips, List<LorenzPoint> lorenzTrips, double giniDays, double top20Days,
        List<LorenzPoint> lorenzDays) {

    public FairnessSummary {
        lorenzTrips = List.copyOf(lorenzTrips);
        lorenzDays = List.copyOf(lorenzDays);
    }
}
