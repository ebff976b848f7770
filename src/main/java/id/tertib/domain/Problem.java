package id.tertib.domain;

import java.util.List;

/**
 * A rule broken by some input: which field, and a message key with arguments. The domain does not
 * translate; the UI and CLI turn the key into Bahasa Indonesia or English.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
