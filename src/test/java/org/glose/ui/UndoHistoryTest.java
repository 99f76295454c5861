package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.CodeDetails;
import org.glose.ui.history.UndoHistoryWindow;
import org.junit.jupiter.api.Test;

/** Edit → Undo history…: the session's actions listed, and choosing one goes back or forward to it. */
class UndoHistoryTest extends WindowTestBase {

    @Test
    void choosingAnActionInTheHistoryUndoesBackToItAndForwardAgain() throws Exception {
        for (String name : List.of("Alpha", "Beta", "Gamma")) {
            interact(() -> app.session().execute(new CreateCode(null, name, CodeDetails.colour("#009E73")), c -> { }));
            awaitIdle();
        }
        clickOn("Edit").clickOn("Undo history…");
        var list = app.window().undoHistory().list();
        assertThat(fx(() -> list.getItems().stream().map(UndoHistoryWindow.Step::label).toList())).containsExactly(
                "Start of session", "New code \"Alpha\"", "New code \"Beta\"", "New code \"Gamma\"");

        doubleClickOn(row("New code \"Alpha\""));
        awaitIdle();
        assertThat(codeNames()).contains("Alpha").doesNotContain("Beta", "Gamma");
        assertThat(fx(() -> list.getItems().stream().filter(s -> !s.done()).map(UndoHistoryWindow.Step::label)
                .toList())).containsExactly("New code \"Beta\"", "New code \"Gamma\"");
        assertThat(fx(() -> list.getSelectionModel().getSelectedItem().label())).isEqualTo("New code \"Alpha\"");

        doubleClickOn(row("New code \"Gamma\""));
        awaitIdle();
        assertThat(codeNames()).contains("Alpha", "Beta", "Gamma");

        doubleClickOn(row("Start of session"));
        awaitIdle();
        assertThat(codeNames()).doesNotContain("Alpha", "Beta", "Gamma");
        assertThat(editMenuItem(1)).isEqualTo("Redo New code \"Alpha\"");
        assertNoErrorShown();
    }

    private Node row(String label) {
        return lookup(".list-cell").match((Labeled c) -> c.getText() != null && c.getText().endsWith(label)
                || c.getText() != null && c.getText().contains(label + "  (undone)")).query();
    }

    private List<String> codeNames() {
        return app.session().project().read(tx -> tx.codes().list()).stream().map(c -> c.name()).toList();
    }
}
