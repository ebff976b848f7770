package id.tertib.ui.travel;

import id.tertib.ui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A question asked in the background as the user types (check this draft, rank these candidates): at most one is
 * under way; changes made meanwhile ask once more when it returns, and only the answer to the latest form is shown.
 * Typing ten letters thus costs two questions, not ten, and a stale answer never overwrites a fresh one.
 */
final class LatestQuestion<T> {

    private final TaskExecutor tasks;
    private final Supplier<Callable<T>> question;
    private final Consumer<T> answer;
    private final Consumer<Throwable> failed;
    private boolean running;
    private boolean again;

    /** {@code question} is called on the FX thread to take the form as it is now; its callable runs in the background. */
    LatestQuestion(TaskExecutor tasks, Supplier<Callable<T>> question, Consumer<T> answer, Consumer<Throwable> failed) {
        this.tasks = tasks;
        this.question = question;
        this.answer = answer;
        this.failed = failed;
    }

    void ask() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        Callable<T> now = question.get();
        tasks.run(now, result -> done(() -> answer.accept(result)), e -> done(() -> failed.accept(e)));
    }

    private void done(Runnable show) {
        running = false;
        if (again) {
            again = false;
            ask();
        } else {
            show.run();
        }
    }
}
