package id.tertib.domain.performance;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's SKP result for a period: the two ratings; the predikat is derived (never stored, so it cannot disagree
 * with them).
 *
 * @param id 0 until stored
 */
public record SkpResult(long id, long employeeId, int year, SkpPeriod period, Rating results, Rating behaviour,
        String note) {

    public SkpResult {
        note = note == null ? "" : note.strip();
        List<Problem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(Problem.of("year", "skp.yearRange", year));
        }
        if (period == null) {
            problems.add(Problem.of("period", "skp.periodRequired"));
        }
        if (results == null) {
            problems.add(Problem.of("results", "skp.resultsRequired"));
        }
        if (behaviour == null) {
            problems.add(Problem.of("behaviour", "skp.behaviourRequired"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    public Predikat predikat() {
        return Predikat.of(results, behaviour);
    }

    public SkpResult withId(long newId) {
        return new SkpResult(newId, employeeId, year, period, results, behaviour, note);
    }
}
