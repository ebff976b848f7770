package id.tertib.app;

import id.tertib.domain.Problem;
import java.util.List;

/**
 * What a use case refuses or fails at, as translatable problems (field, message key, arguments). The UI
 * shows them in a dialog or beside a field, the CLI prints them in one line; never a stack trace.
 */
public class AppException extends RuntimeException {

    private final transient List<Problem> problems;

    public AppException(List<Problem> problems, Throwable cause) {
        super(problems.isEmpty() ? "failed" : problems.get(0).messageKey() + " " + problems.get(0).args(), cause);
        this.problems = List.copyOf(problems);
    }

    public AppException(Problem problem) {
        this(List.of(problem), null);
    }

    public static AppException of(String messageKey, Object... args) {
        return new AppException(Problem.of(null, messageKey, args));
    }

    public List<Problem> problems() {
        return problems;
    }
}
