package org.glose.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskCancelledException;
import org.glose.core.task.TaskRunner;

/**
 * Runs {@link GloseTask}s on a small background pool (guide README §4) and reports back on the FX thread: the
 * futures it returns complete there, failures go to one error handler, and tasks started with
 * {@link #runVisible} are listed (progress, cancel) for the status bar. Tasks are never interrupted: an
 * interrupted thread would make H2 close the project file; cancelling sets the task's {@link Cancellation}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    /** A task the user sees while it runs: its title, progress and a way to cancel it. */
    public static final class Running {
        private final String title;
        private final Task<?> task;
        private final Cancellation cancellation;
        private final boolean cancellable;

        Running(String title, Task<?> task, Cancellation cancellation, boolean cancellable) {
            this.title = title;
            this.task = task;
            this.cancellation = cancellation;
            this.cancellable = cancellable;
        }

        /** False for work that cannot stop halfway (one command, opening a project). */
        public boolean isCancellable() {
            return cancellable;
        }

        public String title() {
            return title;
        }

        /** Between 0 and 1, or -1 while the amount of work is unknown. */
        public javafx.beans.value.ObservableDoubleValue progress() {
            return task.progressProperty();
        }

        public javafx.beans.value.ObservableStringValue message() {
            return task.messageProperty();
        }

        public void cancel() {
            cancellation.cancel();
        }
    }

    private enum Listing { HIDDEN, LISTED, CANCELLABLE }

    private final ExecutorService pool;
    private final ExecutorService editor;
    private final AtomicInteger pending = new AtomicInteger();
    private final ObservableList<Running> visible = FXCollections.observableArrayList();
    private final ObservableList<Running> visibleView = FXCollections.unmodifiableObservableList(visible);
    private Consumer<Throwable> errorHandler = Throwable::printStackTrace;
    private Consumer<String> cancelledHandler = title -> { };

    /**
     * @param threads size of the pool for reads and long jobs; changes to a project (commands, undo, redo,
     *                opening and closing) run one after the other on a single extra thread, in the order asked,
     *                so that undo pops and applies entries in stack order
     */
    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "glose-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
        this.editor = Executors.newSingleThreadExecutor(factory);
    }

    /** Receives, on the FX thread, every failure of a task started with {@code run…} or {@code edit…}. */
    public void setErrorHandler(Consumer<Throwable> handler) {
        this.errorHandler = Objects.requireNonNull(handler);
    }

    /** Told, on the FX thread, the title of a task that stopped because the user cancelled it. */
    public void setCancelledHandler(Consumer<String> handler) {
        this.cancelledHandler = Objects.requireNonNull(handler);
    }

    /** The tasks started with {@link #runVisible} that are still running; changed on the FX thread only. */
    public ObservableList<Running> visibleTasks() {
        return visibleView;
    }

    /** Tasks submitted and not finished yet, their FX-thread callbacks included. */
    public int pendingCount() {
        return pending.get();
    }

    /** The {@link TaskRunner} contract: runs on the editing thread; the future completes on the FX thread. */
    @Override
    public <T> CompletableFuture<T> submit(GloseTask<T> task, Progress progress, Cancellation cancellation) {
        return start(task, progress, cancellation, Listing.HIDDEN, editor);
    }

    /** Runs a quick background job (a read) on the pool; {@code onSuccess} runs on the FX thread. */
    public <T> void run(GloseTask<T> task, Consumer<? super T> onSuccess) {
        report(task, false, start(task, Progress.NONE, new Cancellation(), Listing.HIDDEN, pool), onSuccess);
    }

    /** Runs a long job the user waits for (an import), listed with its progress and a cancel button. */
    public <T> void runVisible(GloseTask<T> task, Consumer<? super T> onSuccess) {
        report(task, true, start(task, Progress.NONE, new Cancellation(), Listing.CANCELLABLE, pool), onSuccess);
    }

    /** Runs a change to the project on the editing thread, after the changes asked before it. */
    public <T> void edit(GloseTask<T> task, Consumer<? super T> onSuccess) {
        report(task, false, start(task, Progress.NONE, new Cancellation(), Listing.HIDDEN, editor), onSuccess);
    }

    /** As {@link #edit}, listed in the status bar (without cancel button) while it runs. */
    public <T> void editVisible(GloseTask<T> task, Consumer<? super T> onSuccess) {
        report(task, true, start(task, Progress.NONE, new Cancellation(), Listing.LISTED, editor), onSuccess);
    }

    /** As {@link #editVisible}, with the failure going to {@code onFailure} (on the FX thread) instead of the handler. */
    public <T> void editVisible(GloseTask<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        start(task, Progress.NONE, new Cancellation(), Listing.LISTED, editor).whenComplete((value, failure) -> {
            if (failure == null) {
                onSuccess.accept(value);
            } else if (!(failure instanceof TaskCancelledException)) {
                onFailure.accept(failure);
            }
        });
    }

    /**
     * Runs plain background work (listing files) on the pool; its own failures are its business. It counts as
     * pending until the FX-thread updates it posted have run.
     */
    public java.util.concurrent.Executor executor() {
        return work -> {
            pending.incrementAndGet();
            pool.execute(() -> {
                try {
                    work.run();
                } finally {
                    Platform.runLater(pending::decrementAndGet);
                }
            });
        };
    }

    /** Asks every listed task to stop (before the window closes). */
    public void cancelAll() {
        visible.forEach(Running::cancel);
    }

    private <T> void report(GloseTask<T> task, boolean shown, CompletableFuture<T> future,
                            Consumer<? super T> onSuccess) {
        future.whenComplete((value, failure) -> {
            if (failure == null) {
                onSuccess.accept(value);
            } else if (failure instanceof TaskCancelledException) {
                if (shown) {
                    cancelledHandler.accept(task.title());
                }
            } else {
                errorHandler.accept(failure);
            }
        });
    }

    private <T> CompletableFuture<T> start(GloseTask<T> work, Progress progress, Cancellation cancellation,
                                           Listing listing, ExecutorService executor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                    progress.update(done, total, message);
                }, cancellation);
            }
        };
        Running running = listing == Listing.HIDDEN ? null
                : new Running(work.title(), task, cancellation, listing == Listing.CANCELLABLE);
        pending.incrementAndGet();
        onFx(() -> {
            if (running != null) {
                visible.add(running);
            }
        });
        task.setOnSucceeded(e -> finish(running, () -> result.complete(task.getValue())));
        task.setOnFailed(e -> finish(running, () -> result.completeExceptionally(task.getException())));
        task.setOnCancelled(e -> finish(running, () -> result.completeExceptionally(new TaskCancelledException())));
        executor.execute(task);
        return result;
    }

    private void finish(Running running, Runnable complete) {
        visible.remove(running);
        try {
            complete.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** Stops accepting tasks and waits briefly for running ones (a write in progress finishes its commit). */
    @Override
    public void close() {
        cancelAll();
        pool.shutdown();
        editor.shutdown();
        try {
            editor.awaitTermination(10, TimeUnit.SECONDS);
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
