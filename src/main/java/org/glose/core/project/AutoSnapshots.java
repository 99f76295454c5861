package org.glose.core.project;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The automatic snapshots of an open project: one in the background right after open, then one every
 * {@link #INTERVAL} if changes were made since the last. The window starts it for the project it shows and closes
 * it before the project; the command line takes none unless asked ({@code glose snapshot create}). The store
 * prunes old automatic snapshots (the last 10 kept, then one per day).
 */
public final class AutoSnapshots implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofMinutes(10);

    private final OpenProject project;
    private final Consumer<RuntimeException> onFailure;
    private final ScheduledExecutorService executor;
    private long changesAtLastSnapshot = -1;
    private volatile boolean closed;

    /** Without a thread: {@link #runOnce()} is called by the caller (tests, or a scheduler of its own). */
    public AutoSnapshots(OpenProject project, Consumer<RuntimeException> onFailure) {
        this(project, onFailure, null);
    }

    private AutoSnapshots(OpenProject project, Consumer<RuntimeException> onFailure,
                          ScheduledExecutorService executor) {
        this.project = project;
        this.onFailure = onFailure;
        this.executor = executor;
    }

    /**
     * Starts the schedule on one background (daemon) thread. {@code onFailure} hears of a snapshot that failed
     * (a full disk...), on that thread; the schedule goes on.
     */
    public static AutoSnapshots start(OpenProject project, Consumer<RuntimeException> onFailure) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glose-snapshots");
            t.setDaemon(true);
            return t;
        });
        AutoSnapshots auto = new AutoSnapshots(project, onFailure, executor);
        executor.scheduleWithFixedDelay(auto::runQuietly, 0, INTERVAL.toSeconds(), TimeUnit.SECONDS);
        return auto;
    }

    /** Takes a snapshot if none was taken yet or the project changed since the last one; returns its id. */
    public synchronized Optional<String> runOnce() {
        long changes = project.changeCount();
        if (closed || changes == changesAtLastSnapshot || project.isReadOnly()) {
            return Optional.empty();
        }
        Optional<String> id = project.snapshot(true);
        changesAtLastSnapshot = changes;
        return id;
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: report and keep the schedule
            if (!closed) {
                onFailure.accept(e);
            }
        }
    }

    /** Stops the schedule, waiting for a snapshot in progress, so the project can then be closed. */
    @Override
    public void close() {
        closed = true;
        if (executor != null) {
            // no interrupt: H2 closes a file whose thread is interrupted in the middle of a write
            executor.shutdown();
            try {
                executor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
