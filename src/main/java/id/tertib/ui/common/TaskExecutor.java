package id.tertib.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs work off the FX thread and hands the result back on it. The FX thread never waits on SQL or files.
 * Tests use {@link DirectTaskExecutor}, which runs everything at once on the calling thread.
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** True while any work is running: the status bar shows a progress bar. */
    ReadOnlyBooleanProperty busyProperty();
}
