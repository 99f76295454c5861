package org.glose.ui.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;

/** Runs tasks on one background thread, as the window's runner does; shared by the pane tests. */
public final class BackgroundRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Override
    public <T> CompletableFuture<T> submit(GloseTask<T> task, Progress progress, Cancellation cancellation) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.run(progress, cancellation);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background);
    }

    @Override
    public void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
