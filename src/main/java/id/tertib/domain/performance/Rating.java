package id.tertib.domain.performance;

/** A rating of results or of behaviour against expectations (PermenPANRB 6/2022). */
public enum Rating {
    BELOW,
    AS_EXPECTED,
    ABOVE
}
