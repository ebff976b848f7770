package id.tertib.domain.fairness;

/** Why a person's share is questioned. */
public enum FairnessFlag {
    /** Far more trips than chance would give, and unlikely to be chance (see {@link FairnessRules}). */
    EXCESS,
    /** A long run of consecutive trips among those the person could have gone on. */
    STREAK
}
