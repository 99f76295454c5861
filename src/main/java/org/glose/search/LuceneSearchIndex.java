package org.glose.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.search.SearchIndex;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.text.TextRange;

/**
 * The Lucene index of one open project, in its {@code index/} folder (in memory for an encrypted or read-only
 * project), docs/search.md. It is a cache: opened when it carries this Glose's stamp, wiped otherwise; brought up
 * to date document by document, from the database, after every change of the project (on its own thread) and
 * before every search (a cheap fingerprint check); wiped and rebuilt when Lucene reports it damaged. Close it
 * before the project.
 */
public final class LuceneSearchIndex implements SearchIndex {

    @FunctionalInterface
    private interface IndexWork<T> {
        T run() throws IOException;
    }

    private final OpenProject project;
    private final Path folder;
    /** Encrypted and read-only projects: nothing derived from their texts is written to disk. */
    private final boolean inMemory;
    private final Analyzer analyzer = Analysis.perField();
    private final ReentrantLock lock = new ReentrantLock();
    private final ExecutorService updater = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "glose-index-updater");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private final Consumer<String> onChange = label -> scheduleUpdate();
    private IndexContents contents;
    private boolean keptOnOpen;
    private volatile boolean closed;

    private LuceneSearchIndex(OpenProject project) {
        this.project = project;
        this.folder = project.location().resolve(IndexFolder.NAME);
        this.inMemory = project.isEncrypted() || project.isReadOnly();
    }

    /** Opens (or creates) the index of a project; it follows the project's changes until closed. */
    public static LuceneSearchIndex open(OpenProject project) {
        LuceneSearchIndex index = new LuceneSearchIndex(project);
        index.lock.lock();
        try {
            index.withRecovery(() -> {
                index.openContents();
                return null;
            });
        } finally {
            index.lock.unlock();
        }
        project.addChangeListener(index.onChange);
        return index;
    }

    /** True when the index found on disk was kept, false when it had to be made anew. */
    boolean keptOnOpen() {
        return keptOnOpen;
    }

    @Override
    public Map<Long, List<TextRange>> find(String query, boolean exact, Set<Long> documentIds) {
        if (documentIds != null && documentIds.isEmpty()) {
            return Map.of();
        }
        lock.lock();
        try {
            ensureOpen();
            withRecovery(() -> contents.sync(project, Progress.NONE, new Cancellation()));
            Query parsed = Queries.build(query, exact, contents.languages(documentIds), documentIds, analyzer);
            return withRecovery(() -> contents.find(parsed));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public GloseTask<Integer> update() {
        return task("Updating the search index", false);
    }

    @Override
    public GloseTask<Integer> rebuild() {
        return task("Rebuilding the search index", true);
    }

    private GloseTask<Integer> task(String title, boolean fromScratch) {
        return new GloseTask<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public Integer run(Progress progress, Cancellation cancellation) {
                lock.lock();
                try {
                    ensureOpen();
                    if (fromScratch) {
                        withRecovery(() -> {
                            reset();
                            return null;
                        });
                    }
                    return withRecovery(() -> contents.sync(project, progress, cancellation));
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    private void openContents() throws IOException {
        IndexFolder.Opened opened = inMemory ? IndexFolder.inMemory(analyzer) : IndexFolder.open(folder, analyzer);
        keptOnOpen = opened.kept();
        try {
            contents = IndexContents.of(opened.writer());
        } catch (IOException | RuntimeException e) {
            opened.writer().rollback();
            opened.writer().getDirectory().close();
            throw e;
        }
    }

    /** Closes what is open, wipes the folder and starts an empty index. */
    private void reset() throws IOException {
        if (contents != null) {
            contents.close();
            contents = null;
        }
        if (!inMemory) {
            IndexFolder.wipe(folder);
        }
        openContents();
    }

    /** Runs index work; when Lucene finds the index damaged, wipes it, rebuilds it from the database, retries. */
    private <T> T withRecovery(IndexWork<T> work) {
        try {
            return work.run();
        } catch (IOException | AlreadyClosedException damaged) {
            try {
                reset();
                contents.sync(project, Progress.NONE, new Cancellation());
                return work.run();
            } catch (IOException | AlreadyClosedException again) {
                throw new ProjectProblemException("The search index in " + folder + " cannot be used: "
                        + again.getMessage(), again);
            }
        }
    }

    private void scheduleUpdate() {
        if (closed || !updatePending.compareAndSet(false, true)) {
            return;
        }
        updater.execute(() -> {
            updatePending.set(false);
            lock.lock();
            try {
                if (!closed) {
                    withRecovery(() -> contents.sync(project, Progress.NONE, new Cancellation()));
                }
            } catch (RuntimeException e) {
                // the next search brings the index up to date and reports what is wrong
            } finally {
                lock.unlock();
            }
        });
    }

    private void ensureOpen() {
        if (closed) {
            throw new ProjectProblemException("The search index of " + project.name() + " is closed.");
        }
    }

    @Override
    public void close() {
        project.removeChangeListener(onChange);
        closed = true;
        updater.shutdown();
        try {
            updater.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            if (contents != null) {
                contents.close();
                contents = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
