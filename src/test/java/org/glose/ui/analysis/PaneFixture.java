package org.glose.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectStore;
import org.glose.store.H2ProjectStore;
import org.glose.ui.testing.BackgroundRunner;
import org.glose.ui.testing.FxThreadGuard;

/** A project opened behind a store that notes any access on the FX thread, and a background task runner. */
final class PaneFixture implements AutoCloseable {

    final OpenProject project;
    final BackgroundRunner runner = new BackgroundRunner();

    PaneFixture(Path folder, List<String> violations) {
        ProjectStore store = H2ProjectStore.open(folder);
        this.project = new OpenProject(new FxThreadGuard(store, violations));
    }

    @Override
    public void close() throws Exception {
        runner.close();
        project.close();
    }
}
