package id.tertib.domain.travel;

/** A Surat Tugas is in force until it is cancelled; a cancelled one stays on record and counts for nothing. */
public enum TravelStatus {
    ACTIVE,
    CANCELLED
}
