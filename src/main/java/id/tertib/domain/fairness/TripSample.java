package id.tertib.domain.fairness;

import java.time.LocalDate;

/**
 * One trip as the analysis sees it. People are indexes 0..n-1 into the analysed group. {@code travellers} are the
 * group's members on the trip, with their travel {@code days} and {@code allowance} (total rupiah) at the same
 * positions; {@code pool} are the group's members who could have been sent: eligible and available on the trip's
 * dates (not on leave nor on another trip). The travellers are always part of the pool. Trips are ordered by
 * {@code depart}, then {@code tripId}, for streaks.
 */
public record TripSample(long tripId, LocalDate depart, int[] travellers, int[] days, long[] allowance, int[] pool) {

    public TripSample {
        if (travellers.length != days.length || travellers.length != allowance.length) {
            throw new IllegalArgumentException("travellers, days and allowance differ in length");
        }
    }
}
