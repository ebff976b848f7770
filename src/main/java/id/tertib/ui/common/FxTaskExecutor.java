package id.tertib.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** One background worker thread: database work is serial anyway (one SQLite writer). */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tertib-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        busy.set(running.incrementAndGet() > 0);
        worker.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> finish(() -> onDone.accept(result)));
            } catch (Throwable e) { // whatever went wrong, the window is told: a busy dialog must never hang
                Platform.runLater(() -> finish(() -> onFailed.accept(e)));
            }
        });
    }

    private void finish(Runnable callback) {
        busy.set(running.decrementAndGet() > 0);
        callback.run();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
