package org.glose.ui.search;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;

/** Runs the pane's project and index work through the task runner, and its outcome back on the FX thread. */
final class Background {

    private final TaskRunner runner;
    private final Consumer<Throwable> onError;

    Background(TaskRunner runner, Consumer<Throwable> onError) {
        this.runner = runner;
        this.onError = onError;
    }

    <T> void run(String title, Callable<T> work, Consumer<T> done) {
        runner.submit(new GloseTask<T>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(Progress progress, Cancellation cancellation) throws Exception {
                return work.call();
            }
        }, Progress.NONE, new Cancellation()).whenComplete((value, error) -> Platform.runLater(() -> {
            if (error != null) {
                onError.accept(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            } else {
                done.accept(value);
            }
        }));
    }
}
