package id.tertib.domain.discipline;

/**
 * The steps of handling a discipline case (PerBKN 6/2022): summons, a second summons when the person did not come,
 * the examination that ends in a BAP, the decision (SK), its delivery to the person, and closing the file.
 */
public enum StepKind {
    SUMMONS_1,
    SUMMONS_2,
    EXAMINATION,
    DECISION,
    SERVED,
    CLOSED;

    public boolean isSummons() {
        return this == SUMMONS_1 || this == SUMMONS_2;
    }
}
