package org.glose.core.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
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

    /**
     * The session's labelled actions, oldest first: the first {@link Steps#position()} are done (undoable), the
     * rest were undone (redoable, the next redo first). A read-only copy.
     */
    public synchronized Steps steps() {
        List<String> labels = new ArrayList<>();
        undo.descendingIterator().forEachRemaining(e -> labels.add(e.label()));
        int position = labels.size();
        redo.forEach(e -> labels.add(e.label()));
        return new Steps(labels, position);
    }

    /** The history as a list: {@code labels} oldest first, the first {@code position} of them done. */
    public record Steps(List<String> labels, int position) {
        public Steps {
            labels = Collections.unmodifiableList(new ArrayList<>(labels));
        }

        public List<String> done() {
            return labels.subList(0, position);
        }

        public List<String> undone() {
            return labels.subList(position, labels.size());
        }
    }

    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }
}
