package org.glose.core.project;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Unlimited undo and redo for one open project; holds the inverse commands of what was done. */
public final class UndoManager {

    record Entry(String label, Command<?> command) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();

    synchronized void done(String label, Command<?> inverse) {
        undo.push(new Entry(label, inverse));
        redo.clear();
    }

    synchronized Optional<Entry> popUndo() {
        return Optional.ofNullable(undo.poll());
    }

    synchronized Optional<Entry> popRedo() {
        return Optional.ofNullable(redo.poll());
    }

    synchronized void pushUndo(Entry e) {
        undo.push(e);
    }

    synchronized void pushRedo(Entry e) {
        redo.push(e);
    }

    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Entry::label);
    }

    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Entry::label);
    }

    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }
}
