package id.tertib.domain;

import java.util.List;

/** Thrown when a value breaks a domain rule; carries translatable problems, never a stack trace for users. */
public class DomainException extends RuntimeException {

    private final transient List<Problem> problems;

    public DomainException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid" : problems.get(0).messageKey() + " " + problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public DomainException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
