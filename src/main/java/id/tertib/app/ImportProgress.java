package id.tertib.app;

/**
 * Where a long import stands, told to whoever shows it; and whether the person asked to stop. Stopping throws
 * {@link ImportCancelledException} inside the transaction, so nothing of the import is stored.
 */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void step(Phase phase, long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The parts of an import, in order. */
    enum Phase { READING, CHECKING, STORING, DERIVING }

    void step(Phase phase, long done, long total);

    boolean cancelled();

    /** Throws when the person asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new ImportCancelledException();
        }
    }
}
