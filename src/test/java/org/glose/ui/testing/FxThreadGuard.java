package org.glose.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import org.glose.core.project.Action;
import org.glose.core.project.ProjectStore;
import org.glose.core.project.Tx;

/**
 * A store that notes every read or write made on the FX thread (guide ui.md §5.1: the thread guard) and passes
 * everything else through unchanged (history actions, snapshots, encryption), so the project behaves as it would.
 */
public final class FxThreadGuard implements ProjectStore {

    private final ProjectStore store;
    private final List<String> violations;

    public FxThreadGuard(ProjectStore store, List<String> violations) {
        this.store = store;
        this.violations = violations;
    }

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
    public <T> T write(Action action, Function<Tx, T> change) {
        check("write");
        return store.write(action, change);
    }

    @Override
    public boolean isEncrypted() {
        return store.isEncrypted();
    }

    @Override
    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    @Override
    public Optional<String> snapshot(boolean automatic) {
        check("snapshot");
        return store.snapshot(automatic);
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
