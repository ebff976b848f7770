package id.tertib.domain.discipline;

/** Draft letters of a case: the two summonses and the examination record (Berita Acara Pemeriksaan). */
public enum LetterKind {
    SUMMONS_1,
    SUMMONS_2,
    BAP
}
