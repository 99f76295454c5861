package org.glose.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The history list the window shows: what was done, what was undone, and where the session stands. */
class UndoManagerTest {

    private final Command<Void> inverse = new Command<>() {
        @Override
        public String label() {
            return "inverse";
        }

        @Override
        public Applied<Void> apply(Tx tx) {
            return Applied.of(null, this);
        }
    };

    @Test
    void stepsListDoneActionsOldestFirstThenUndoneOnesInRedoOrder() {
        UndoManager history = new UndoManager();
        history.done("Code A", inverse);
        history.done("Code B", inverse);
        history.done("Rename C", inverse);
        history.pushRedo(history.popUndo().orElseThrow());
        history.pushRedo(history.popUndo().orElseThrow());

        UndoManager.Steps steps = history.steps();
        assertThat(steps.labels()).containsExactly("Code A", "Code B", "Rename C");
        assertThat(steps.position()).isEqualTo(1);
        assertThat(steps.done()).containsExactly("Code A");
        assertThat(steps.undone()).containsExactly("Code B", "Rename C");
        assertThat(history.nextRedo()).contains("Code B");
    }

    @Test
    void aNewActionAfterUndoDropsTheUndoneStepsAndTheListCannotBeChangedFromOutside() {
        UndoManager history = new UndoManager();
        history.done("Code A", inverse);
        history.pushRedo(history.popUndo().orElseThrow());
        history.done("Code B", inverse);

        UndoManager.Steps steps = history.steps();
        assertThat(steps.labels()).containsExactly("Code B");
        assertThat(steps.position()).isEqualTo(1);
        assertThatThrownBy(() -> steps.labels().add("x")).isInstanceOf(UnsupportedOperationException.class);
        history.clear();
        assertThat(history.steps().labels()).isEmpty();
        assertThat(steps.labels()).containsExactly("Code B");
    }
}
