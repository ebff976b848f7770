package id.tertib.domain.fairness;

/**
 * A person's longest run of consecutive trips they went on, counted only among the trips open to them (their pool
 * held them). A trip they could not have gone on (on leave, not eligible) is not in their sequence, so it neither
 * breaks nor extends a run: being away is no evidence either way. Of two equally long runs the earlier is kept.
 */
final class Streaks {

    /** A run of {@code length} trips, from the trip at sorted index {@code firstTrip} to {@code lastTrip}. */
    record Run(int length, int firstTrip, int lastTrip) {
        static final Run NONE = new Run(0, -1, -1);
    }

    private Streaks() {
    }

    /** The longest run in {@code entries[from..to)}, encoded as by {@link OpenTrips}: trip index and whether they went. */
    static Run longest(int[] entries, int from, int to) {
        int best = 0;
        int bestFirst = -1;
        int bestLast = -1;
        int run = 0;
        int runFirst = -1;
        for (int e = from; e < to; e++) {
            int trip = OpenTrips.trip(entries[e]);
            if (!OpenTrips.went(entries[e])) {
                run = 0;
                continue;
            }
            if (run++ == 0) {
                runFirst = trip;
            }
            if (run > best) {
                best = run;
                bestFirst = runFirst;
                bestLast = trip;
            }
        }
        return best == 0 ? Run.NONE : new Run(best, bestFirst, bestLast);
    }
}
