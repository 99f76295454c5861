package org.glose.core.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag a long task checks between units of work (file, page, document, 1,000 rows). */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new TaskCancelledException();
        }
    }
}
