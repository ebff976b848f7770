package id.tertib.domain.performance;

import java.util.Objects;

/**
 * Predikat kinerja pegawai from the rating of work results and the rating of work behaviour, by the matrix of
 * PermenPANRB 6/2022: both above is Sangat Baik; results at or above expectation with behaviour as expected or above
 * is Baik; behaviour below with results at or above is Kurang (misconduct); results below with behaviour as expected
 * or above is Butuh Perbaikan; both below is Sangat Kurang.
 */
public enum Predikat {
    SANGAT_BAIK,
    BAIK,
    BUTUH_PERBAIKAN,
    KURANG,
    SANGAT_KURANG;

    public static Predikat of(Rating results, Rating behaviour) {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(behaviour, "behaviour");
        if (results == Rating.BELOW) {
            return behaviour == Rating.BELOW ? SANGAT_KURANG : BUTUH_PERBAIKAN;
        }
        if (behaviour == Rating.BELOW) {
            return KURANG;
        }
        return results == Rating.ABOVE && behaviour == Rating.ABOVE ? SANGAT_BAIK : BAIK;
    }
}
