package id.tertib.store;

/**
 * A failure of the database, with a message key the UI can translate ("store.busy", "store.constraint", ...).
 * The technical cause is kept for the log, never shown to users.
 */
public class StoreException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public StoreException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + (cause == null ? "" : ": " + cause.getMessage()), cause);
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
