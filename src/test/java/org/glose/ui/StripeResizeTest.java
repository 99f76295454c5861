package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.glose.core.coding.ApplyCode;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A coding resized by dragging the bottom end of its stripe into the text; one undo puts its bounds back. */
class StripeResizeTest extends WindowTestBase {

    @Test
    void theBottomEndOfAStripeDraggedToAWordMovesTheCodingsEndThere() throws Exception {
        Coding coding = codePassage();

        stripeOf(coding);
        Node bar = lastStripeOf(coding); // the passage may run over two paragraphs: its end is on the last bar
        Bounds onScreen = fx(() -> bar.localToScreen(bar.getBoundsInLocal()));
        int target = PASSAGE.end() + 12;
        Bounds targetChar = fx(() -> area().getCharacterBoundsOnScreen(target, target + 1).orElseThrow());
        moveTo(new Point2D(onScreen.getCenterX(), onScreen.getMaxY() - 1));
        press(MouseButton.PRIMARY);
        moveTo(new Point2D(targetChar.getMinX() + 1, targetChar.getCenterY()));
        release(MouseButton.PRIMARY);
        awaitIdle();
        assertThat(stored(coding)).isEqualTo(new TextRange(PASSAGE.start(), target));
        assertThat(editMenuItem(0)).isEqualTo("Undo Adjust bounds of “Panoptique”");

        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(stored(coding)).isEqualTo(PASSAGE);
        assertNoErrorShown();
    }

    @Test
    void aPressInTheMiddleOfAStripeStillSelectsItsCoding() throws Exception {
        Coding coding = codePassage();
        clickOn(stripeOf(coding));
        assertThat(fx(() -> app.window().documentView().selectedCoding().id())).isEqualTo(coding.id());
        assertThat(stored(coding)).isEqualTo(PASSAGE);
    }

    /** The study opened and its uncoded passage coded with Panoptique. */
    private Coding codePassage() throws Exception {
        openStudy();
        long documentId = fx(() -> app.window().documentView().document().id());
        long codeId = code("Panoptique").id();
        interact(() -> app.session().execute(new ApplyCode(documentId, codeId, CODER, PASSAGE), c -> { }));
        awaitIdle();
        Coding coding = app.session().project().read(tx -> tx.codings().list(
                org.glose.core.project.CodingFilter.ofCode(codeId))).stream()
                .filter(c -> c.range().equals(PASSAGE)).findFirst().orElseThrow();
        return coding;
    }

    private TextRange stored(Coding coding) {
        return app.session().project().read(tx -> tx.codings().byId(coding.id()).orElseThrow().range());
    }

    private Node lastStripeOf(Coding coding) throws Exception {
        return fx(() -> lookup(".coding-stripe").match((Node n) -> n.getProperties().get(Coding.class)
                instanceof Coding c && c.id() == coding.id() && n.isVisible()).queryAll().stream()
                .max(java.util.Comparator.comparingDouble(n -> n.localToScreen(n.getBoundsInLocal()).getMaxY()))
                .orElseThrow());
    }

    private Node stripeOf(Coding coding) throws Exception {
        interact(() -> area().showParagraphAtTop(Math.max(0, area().offsetToPosition(coding.range().start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".coding-stripe").match((Node n) -> n.getProperties().get(Coding.class) instanceof Coding c
                && c.id() == coding.id() && n.isVisible()).query();
    }
}
