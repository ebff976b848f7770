package id.tertib.app;

/** The person stopped an import; the transaction rolls back and nothing is stored. */
public final class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("import cancelled", null, false, false);
    }
}
