package id.tertib.domain.discipline;

/**
 * One step of a ladder: from {@code fromDays} unexcused days in the year (inclusive) up to {@code toDays} (inclusive;
 * {@link Integer#MAX_VALUE} for "and more"), the level, a key naming the punishment (translated by the caller) and
 * the article of the regulation it comes from.
 */
public record Rung(int fromDays, int toDays, Level level, String punishment, String article) {

    public Rung {
        if (fromDays < 1 || toDays < fromDays) {
            throw new IllegalArgumentException("a rung runs from 1 day up: " + fromDays + ".." + toDays);
        }
    }

    public boolean covers(int days) {
        return days >= fromDays && days <= toDays;
    }
}
