package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.function.Consumer;
import org.glose.core.project.AutoSnapshots;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.search.LuceneSearchIndex;

/**
 * What the window keeps running beside an open project: its automatic snapshots (started on open) and its search
 * index (opened the first time a search needs it). Both are closed before the project is.
 */
final class ProjectResources implements AutoCloseable {

    private final OpenProject project;
    private final AutoSnapshots snapshots;
    private LuceneSearchIndex index;
    private boolean closed;

    /** @param onSnapshotFailure hears, on the snapshots' thread, of an automatic snapshot that failed */
    ProjectResources(OpenProject project, Consumer<RuntimeException> onSnapshotFailure) {
        this.project = project;
        this.snapshots = AutoSnapshots.start(project, onSnapshotFailure);
    }

    /** The project's search index, opened on first use (off the FX thread: it may read and write files). */
    synchronized LuceneSearchIndex searchIndex() {
        if (closed) {
            throw new ProjectProblemException(t("session.closed", project.name()));
        }
        if (index == null) {
            index = LuceneSearchIndex.open(project);
        }
        return index;
    }

    /** Stops the snapshots (waiting for one in progress) and closes the index; the project stays open. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        snapshots.close();
        if (index != null) {
            index.close();
        }
    }
}
