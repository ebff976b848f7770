package id.tertib.domain.fairness;

/**
 * When a person's share of travel is flagged. A count is flagged as excessive when chance would give it with
 * probability below {@code alpha} (one-sided) and it is more than {@code factor} times the expected count; a run of
 * at least {@code streak} consecutive trips open to the person is flagged as a streak. Offices may change these.
 */
public record FairnessRules(double alpha, double factor, int streak) {

    /** p < 0.01, more than twice the expected count, five trips in a row. */
    public static final FairnessRules DEFAULT = new FairnessRules(0.01, 2.0, 5);

    public FairnessRules {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1: " + alpha);
        }
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("factor must be at least 1: " + factor);
        }
        if (streak < 2) {
            throw new IllegalArgumentException("streak must be at least 2: " + streak);
        }
    }
}
