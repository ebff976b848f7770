package id.tertib.domain.discipline;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step taken in a case: what, on which date, who recorded it, the document (number or file) and a note.
 *
 * @param id 0 until stored
 */
public record CaseStep(long id, StepKind kind, LocalDate date, String actor, String document, String note) {

    public CaseStep {
        Objects.requireNonNull(kind, "kind");
        if (date == null) {
            throw new DomainException(Problem.of("date", "discipline.step.dateRequired"));
        }
        actor = actor == null ? "" : actor;
        document = document == null ? "" : document.trim();
        note = note == null ? "" : note.trim();
    }
}
