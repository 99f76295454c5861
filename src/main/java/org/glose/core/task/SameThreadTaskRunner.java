package org.glose.core.task;

import java.util.concurrent.CompletableFuture;

/** Runs each task at once on the calling thread; for the command line and tests. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> CompletableFuture<T> submit(GloseTask<T> task, Progress progress, Cancellation cancellation) {
        try {
            return CompletableFuture.completedFuture(task.run(progress, cancellation));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
