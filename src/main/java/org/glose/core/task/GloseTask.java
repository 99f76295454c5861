package org.glose.core.task;

/** Work that may take more than ~100 ms: runs off the UI thread, reports progress, can be cancelled. */
public interface GloseTask<T> {

    String title();

    T run(Progress progress, Cancellation cancellation) throws Exception;
}
