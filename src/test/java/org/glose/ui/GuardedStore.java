package org.glose.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import org.glose.core.project.ProjectStore;
import org.glose.core.project.Tx;

/** A store that notes every read or write made on the FX thread (guide ui.md §5.1: the thread guard). */
final class GuardedStore implements ProjectStore {

    private final ProjectStore store;
    private final List<String> violations;

    GuardedStore(ProjectStore store, List<String> violations) {
        this.store = store;
        this.violations = violations;
    }

    private void check(String what) {
        if (Platform.isFxApplicationThread()) {
            StackTraceElement caller = new Throwable().getStackTrace()[2];
            violations.add(what + " on the FX thread from " + caller);
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
