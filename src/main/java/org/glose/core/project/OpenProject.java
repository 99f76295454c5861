package org.glose.core.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A project while it is open: runs commands in one transaction each, keeps their undo history, and tells
 * listeners after every committed change. Both faces (window, command line) work through this class.
 */
public final class OpenProject implements AutoCloseable {

    private final ProjectStore store;
    private final UndoManager undoManager = new UndoManager();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile String actor = Action.DEFAULT_ACTOR;
    /** Changes made through this object since it was opened; the automatic snapshots look at it. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    public OpenProject(ProjectStore store) {
        this.store = store;
    }

    public <T> T execute(Command<T> command) {
        Applied<T> applied = store.write(new Action(command.label(), actor), command::apply);
        undoManager.done(command.label(), applied.inverse());
        fireChanged(command.label());
        return applied.value();
    }

    public <T> T read(Function<Tx, T> query) {
        return store.read(query);
    }

    /** Undoes the last action; returns its label, or empty when there is nothing to undo. */
    public Optional<String> undo() {
        return replay(undoManager.popUndo(), true);
    }

    public Optional<String> redo() {
        return replay(undoManager.popRedo(), false);
    }

    private Optional<String> replay(Optional<UndoManager.Entry> entry, boolean undoing) {
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        UndoManager.Entry e = entry.get();
        Applied<?> applied;
        try {
            applied = store.write(new Action((undoing ? "Undo: " : "Redo: ") + e.label(), actor),
                    e.command()::apply);
        } catch (RuntimeException failure) {
            if (undoing) {
                undoManager.pushUndo(e);
            } else {
                undoManager.pushRedo(e);
            }
            throw failure;
        }
        UndoManager.Entry opposite = new UndoManager.Entry(e.label(), applied.inverse());
        if (undoing) {
            undoManager.pushRedo(opposite);
        } else {
            undoManager.pushUndo(opposite);
        }
        fireChanged(e.label());
        return Optional.of(e.label());
    }

    public UndoManager history() {
        return undoManager;
    }

    /** Called, on the thread that made the change, after each committed change with the action's label. */
    public void addChangeListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    private void fireChanged(String label) {
        changes.incrementAndGet();
        listeners.forEach(l -> l.accept(label));
    }

    /** Who acts from now on (the current user); recorded with every change in the project's history. */
    public void setActor(String actor) {
        this.actor = new Action("", actor).actor();
    }

    public String actor() {
        return actor;
    }

    /** How many changes (actions, undos, redos) were made through this object since it was opened. */
    public long changeCount() {
        return changes.get();
    }

    /** Takes a snapshot of the project now (see {@link ProjectStore#snapshot}); empty when the store keeps none. */
    public Optional<String> snapshot(boolean automatic) {
        return store.snapshot(automatic);
    }

    /** True when the project is encrypted: the search index must then stay in memory. */
    public boolean isEncrypted() {
        return store.isEncrypted();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public Path location() {
        return store.location();
    }

    public String name() {
        return store.name();
    }

    @Override
    public void close() {
        undoManager.clear();
        store.close();
    }
}
