package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.sample.SampleProject;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a copy of the sample project, headless: coding through the context menu, the Code button,
 * Enter and drag-and-drop, undo with Shortcut+Z, and the coding found again after reopening. Every store access
 * is checked to happen off the FX thread.
 */
@Tag("ui")
class MainWindowTest extends WindowTestBase {

    @Test
    void codingThroughTheContextMenuIsSavedCountedAndHighlighted() throws Exception {
        openStudy();
        Code code = code("Panoptique");
        int before = references(code);
        assertThat(styles(PASSAGE)).as("the passage starts uncoded").containsOnly("");

        interact(() -> area().selectRange(PASSAGE.start(), PASSAGE.end()));
        openContextMenu(area());
        clickOn(menuLabel("Code with"));
        clickOn(menuLabel("Panoptique"));
        awaitIdle();

        assertThat(codingsOf(code)).containsExactly(PASSAGE);
        assertThat(coderOfLast(code)).isEqualTo(CODER);
        assertThat(references(code)).isEqualTo(before + 1);
        assertThat(shownCount(code)).isEqualTo(Integer.toString(before + 1));
        assertThat(styles(PASSAGE)).containsOnly("-rtfx-background-color: "
                + HighlightStyles.tint(code.colour(), HighlightStyles.SINGLE) + ";");
        assertThat(editMenuItem(0)).isEqualTo("Undo Code “Panoptique”");

        openContextMenu(area()); // the passage is still selected: its coding is offered for uncoding
        clickOn(menuLabel("Uncode"));
        clickOn(menuLabel("Panoptique (" + CODER + ")"));
        awaitIdle();
        assertThat(codingsOf(code)).isEmpty();
        assertThat(references(code)).isEqualTo(before);
        assertThat(styles(PASSAGE)).containsOnly("");
        assertThat(editMenuItem(0)).isEqualTo("Undo Uncode “Panoptique” (" + CODER + ")");
        assertNoErrorShown();
    }

    @Test
    void theCodeButtonCodesAndShortcutZUndoes() throws Exception {
        openStudy();
        Code code = code("Légitimation");
        int before = references(code);
        interact(() -> area().selectRange(PASSAGE.start(), PASSAGE.end()));
        clickOn(codeCell("Légitimation"));
        clickOn("#code-button");
        awaitIdle();
        assertThat(codingsOf(code)).containsExactly(PASSAGE);
        assertThat(references(code)).isEqualTo(before + 1);

        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(codingsOf(code)).isEmpty();
        assertThat(references(code)).isEqualTo(before);
        assertThat(styles(PASSAGE)).containsOnly("");
        assertThat(editMenuItem(1)).isEqualTo("Redo Code “Légitimation”");

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        awaitIdle();
        assertThat(codingsOf(code)).containsExactly(PASSAGE);
        assertNoErrorShown();
    }

    @Test
    void dragingTheSelectionOntoACodeCodesIt() throws Exception {
        openStudy();
        Code code = code("Transparency-washing");
        interact(() -> area().selectRange(PASSAGE.start(), PASSAGE.end()));
        Bounds chars = fx(() -> area().getCharacterBoundsOnScreen(PASSAGE.start() + 2, PASSAGE.start() + 6))
                .orElseThrow();
        drag(new Point2D(chars.getCenterX(), chars.getCenterY())).dropTo(codeCell("Transparency-washing"));
        awaitIdle();
        assertThat(codingsOf(code)).containsExactly(PASSAGE);
        assertNoErrorShown();
    }

    @Test
    void newCodeFromSelectionMakesTheCodeAndCodesThePassageInOneUndoStep() throws Exception {
        openStudy();
        interact(() -> area().selectRange(PASSAGE.start(), PASSAGE.end()));
        clickOn("Coding");
        clickOn(menuLabel("New code from selection…"));
        TextField name = lookup((TextField f) -> f.getScene().getRoot() instanceof DialogPane).query();
        assertThat(name.getText()).isEqualTo(CodingActions.suggestedName(fx(() -> area().getSelectedText())));
        interact(() -> name.setText("Open data"));
        clickOn("Create");
        awaitIdle();

        Code code = code("Open data");
        assertThat(codingsOf(code)).containsExactly(PASSAGE);
        assertThat(fx(() -> app.window().codebookView().selectedCode().map(Code::name))).contains("Open data");
        assertThat(editMenuItem(0)).isEqualTo("Undo Code with new code “Open data”");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(fx(() -> app.window().codebookView().codebook().depthFirst().stream().map(Code::name)))
                .doesNotContain("Open data");
        assertNoErrorShown();
    }

    @Test
    void aCodingMadeWithEnterIsThereAfterReopening() throws Exception {
        openStudy();
        Code code = code("Communs");
        int before = references(code);
        interact(() -> area().selectRange(PASSAGE.start(), PASSAGE.end()));
        clickOn(codeCell("Communs"));
        push(KeyCode.ENTER);
        awaitIdle();
        assertThat(codingsOf(code)).containsExactly(PASSAGE);

        FxToolkit.cleanupApplication(app); // closes the project
        app = null;
        try (OpenProject reopened = new OpenProject(H2ProjectStore.open(folder))) {
            List<Coding> codings = reopened.read(tx -> tx.codings().list(CodingFilter.ofCode(code.id())));
            assertThat(codings).extracting(Coding::range).contains(PASSAGE);
        }

        launch();
        openStudy();
        assertThat(references(code)).isEqualTo(before + 1);
        assertThat(styles(PASSAGE)).containsOnly("-rtfx-background-color: "
                + HighlightStyles.tint(code.colour(), HighlightStyles.SINGLE) + ";");
    }
}
