package org.glose.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectStore;
import org.glose.core.project.Tx;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;
import org.glose.store.H2ProjectStore;

/** A project opened behind a store that notes any access on the FX thread, and a background task runner. */
final class PaneFixture implements AutoCloseable {

    final OpenProject project;
    final TaskRunner runner;
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    PaneFixture(Path folder, List<String> violations) {
        ProjectStore store = H2ProjectStore.open(folder);
        this.project = new OpenProject(new Guard(store, violations));
        this.runner = new TaskRunner() {
            @Override
            public <T> CompletableFuture<T> submit(GloseTask<T> task, Progress progress, Cancellation cancellation) {
                return CompletableFuture.supplyAsync(() -> {
                    try {
                        return task.run(progress, cancellation);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool);
            }
        };
    }

    @Override
    public void close() throws Exception {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        project.close();
    }

    /** The thread guard of guide ui.md §5.1. */
    private record Guard(ProjectStore store, List<String> violations) implements ProjectStore {

        private void check(String what) {
            if (Platform.isFxApplicationThread()) {
                violations.add(what + " on the FX thread from " + new Throwable().getStackTrace()[2]);
            }
        }

        @Override
        public <T> T read(Function<Tx, T> query) {
            check("read");
            return store.read(query);
        }

        @Override
        public <T> T write(Function<Tx, T> change) {
            check("write");
            return store.write(change);
        }

        @Override
        public Path location() {
            return store.location();
        }

        @Override
        public String name() {
            return store.name();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
