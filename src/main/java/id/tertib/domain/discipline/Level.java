package id.tertib.domain.discipline;

/** Tingkat hukuman disiplin: the three levels of PP 94/2021 (and of PP 53/2010 before it). */
public enum Level {
    RINGAN,
    SEDANG,
    BERAT
}
