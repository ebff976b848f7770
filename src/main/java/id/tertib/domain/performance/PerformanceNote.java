package id.tertib.domain.performance;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A note on a person's work culture ("budaya kerja melayani"): when, what kind, which BerAKHLAK values it concerns
 * (may be none), what happened, who wrote it, and optional evidence (a file path or a reference such as a letter
 * number).
 *
 * @param id 0 until stored
 */
public record PerformanceNote(long id, long employeeId, LocalDate date, NoteKind kind, Set<CoreValue> values,
        String text, String author, String evidence) {

    public static final int MAX_TEXT = 4000;

    public PerformanceNote {
        values = values == null || values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
        text = text == null ? "" : text.strip();
        author = author == null ? "" : author.strip();
        evidence = evidence == null ? "" : evidence.strip();
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Problem.of("date", "performance.dateRequired"));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "performance.kindRequired"));
        }
        if (text.isEmpty()) {
            problems.add(Problem.of("text", "performance.textRequired"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(Problem.of("text", "performance.textTooLong", MAX_TEXT));
        }
        if (author.isEmpty()) {
            problems.add(Problem.of("author", "performance.authorRequired"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    public PerformanceNote withId(long newId) {
        return new PerformanceNote(newId, employeeId, date, kind, values, text, author, evidence);
    }

    /** The values in their BerAKHLAK order. */
    public List<CoreValue> orderedValues() {
        return values.stream().sorted().toList();
    }
}
