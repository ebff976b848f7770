package id.tertib.domain.discipline;

import java.util.Optional;

/**
 * A person's year under one rule set: TK days, the minutes of lateness and early departure and the whole days they
 * make, the total, the longest run, the rung reached (empty: none), whether the run decided it, and how far the next
 * rung is ({@code daysToNext}: more unexcused days; {@code minutesToNextDay}: more minutes before they make one more
 * day). {@code daysToNext} is 0 at the top of the ladder.
 */
public record Assessment(RuleSet rules, int tkDays, int lateMinutes, int earlyMinutes, int convertedDays,
        int totalDays, UnexcusedRun run, Optional<Rung> rung, boolean byRun, int daysToNext, int minutesToNextDay) {

    /** Assesses a year's counts under {@code rules}. */
    public static Assessment of(RuleSet rules, int tkDays, int lateMinutes, int earlyMinutes, UnexcusedRun run) {
        int minutes = lateMinutes + earlyMinutes;
        int converted = minutes / rules.minutesPerDay();
        int total = tkDays + converted;
        Optional<Rung> byCount = rules.rungFor(total);
        boolean byRun = rules.consecutiveRung().isPresent() && rules.consecutiveDays() > 0
                && run.length() >= rules.consecutiveDays();
        Optional<Rung> rung = byRun ? rules.consecutiveRung() : byCount;
        int next = total;
        for (Rung r : rules.ladder()) { // in order: the first rung above the total is the next threshold
            if (r.fromDays() > total) {
                next = r.fromDays();
                break;
            }
        }
        return new Assessment(rules, tkDays, lateMinutes, earlyMinutes, converted, total, run, rung, byRun,
                next - total, rules.minutesPerDay() - minutes % rules.minutesPerDay());
    }

    public Optional<Level> level() {
        return rung.map(Rung::level);
    }

    /** Counts for the list at all: any unexcused day, minute or run (the command line's default filter). */
    public boolean hasAnything() {
        return totalDays > 0 || run.length() > 0 || lateMinutes + earlyMinutes > 0;
    }

    /**
     * For the early warning: a rung is reached, or the next threshold is at most {@code days} unexcused days away, or
     * the run is at most {@code days} short of the consecutive-days rung.
     */
    public boolean nearThreshold(int days) {
        boolean nextClose = daysToNext > 0 && daysToNext <= days && totalDays > 0;
        boolean runClose = rules.consecutiveRung().isPresent() && run.length() > 0
                && run.length() >= rules.consecutiveDays() - days;
        return rung.isPresent() || nextClose || runClose;
    }
}
