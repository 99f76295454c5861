package org.glose.core.task;

import java.util.concurrent.CompletableFuture;

/** Runs tasks: on the caller's thread (CLI, tests) or on a background pool (the window). */
public interface TaskRunner {

    <T> CompletableFuture<T> submit(GloseTask<T> task, Progress progress, Cancellation cancellation);
}
