package id.tertib.io;

import java.util.Arrays;

/**
 * A problem with a whole input file (unreadable, wrong format, no header, required column missing,
 * no data). Carries a message key and arguments for the UI to translate.
 */
public class ImportException extends Exception {

    private final String messageKey;
    private final Object[] args;

    public ImportException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public ImportException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
