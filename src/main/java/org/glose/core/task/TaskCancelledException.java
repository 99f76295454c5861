package org.glose.core.task;

/** Thrown by a task that noticed its cancellation; what it finished before stays done. */
public final class TaskCancelledException extends RuntimeException {
    public TaskCancelledException() {
        super("Cancelled");
    }
}
