package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.retrieval.RetrievedPassage;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The coding workbench headless: stripes in the margin select their coding, which the keyboard then recodes,
 * resizes and uncodes; in-vivo coding and the recent-code keys; retrieval opens a passage in its document.
 */
class CodingWorkbenchTest extends WindowTestBase {

    @Test
    void aClickOnAStripeSelectsItsCodingThenRRecodesEResizesAndDeleteUncodes() throws Exception {
        openStudy();
        Code panoptique = code("Panoptique");
        Code communs = code("Communs");
        Coding coding = codeWithButton("Panoptique");

        clickOn(stripeOf(coding));
        assertThat(fx(() -> app.window().documentView().selectedCoding().id())).isEqualTo(coding.id());
        assertThat(fx(() -> area().getSelection().getStart())).isEqualTo(PASSAGE.start());
        assertThat(fx(() -> area().getSelection().getEnd())).isEqualTo(PASSAGE.end());

        push(KeyCode.R);
        TextField filter = lookup("#code-picker-filter").queryAs(TextField.class);
        interact(() -> filter.setText("Communs"));
        push(KeyCode.ENTER);
        awaitIdle();
        assertThat(stored(coding).codeId()).isEqualTo(communs.id());
        assertThat(stored(coding).range()).isEqualTo(PASSAGE);
        assertThat(editMenuItem(0)).isEqualTo("Undo Recode “Panoptique” as “Communs”");

        clickOn(stripeOf(coding));
        push(KeyCode.E);
        push(KeyCode.RIGHT);
        push(KeyCode.RIGHT);
        push(KeyCode.TAB);
        push(KeyCode.RIGHT);
        push(KeyCode.ENTER);
        awaitIdle();
        assertThat(stored(coding).range()).isEqualTo(new TextRange(PASSAGE.start() + 1, PASSAGE.end() + 2));

        clickOn(stripeOf(coding));
        push(KeyCode.DELETE);
        awaitIdle();
        assertThat(storedOrNull(coding)).isNull();
        assertThat(fx(() -> app.window().documentView().codings().stripes().of(coding.id()))).isEmpty();

        push(KeyCode.SHORTCUT, KeyCode.Z); // the uncode is undone: same coding, same id, same bounds
        awaitIdle();
        assertThat(stored(coding).range()).isEqualTo(new TextRange(PASSAGE.start() + 1, PASSAGE.end() + 2));
        assertThat(panoptique.id()).isNotEqualTo(communs.id());
        assertNoErrorShown();
    }

    @Test
    void vCodesTheSelectionInVivoAndOneRepeatsTheLastCode() throws Exception {
        openStudy();
        interact(() -> {
            area().selectRange(PASSAGE.start(), PASSAGE.end());
            area().requestFocus();
        });
        String words = fx(() -> CodingActions.suggestedName(area().getSelectedText()));
        push(KeyCode.V);
        awaitIdle();
        Code inVivo = code(words);
        assertThat(codingsOf(inVivo)).containsExactly(PASSAGE);
        assertThat(inVivo.parentId()).isNull();
        assertThat(editMenuItem(0)).isEqualTo("Undo Code in vivo “" + words + "”");

        TextRange other = new TextRange(300, 340);
        interact(() -> {
            area().selectRange(other.start(), other.end());
            area().requestFocus();
        });
        push(KeyCode.DIGIT1);
        awaitIdle();
        List<Coding> coded = app.session().project().read(tx -> tx.codings().list(CodingFilter.ofCode(inVivo.id())));
        assertThat(coded).extracting(Coding::range).containsExactly(PASSAGE, other);
        assertNoErrorShown();
    }

    @Test
    void aRetrievedPassageOpensInItsDocumentSelected() throws Exception {
        Code code = code("Panoptique");
        interact(() -> app.window().retrieval().retrieve(code));
        awaitIdle();
        List<RetrievedPassage> rows = fx(() -> List.copyOf(app.window().retrieval().table().getItems()));
        assertThat(rows).isNotEmpty();
        long codings = app.session().project().read(tx -> tx.codings().list(CodingFilter.ofCode(code.id())).size());
        assertThat(rows).hasSize((int) codings);
        RetrievedPassage last = rows.get(rows.size() - 1);
        assertThat(last.text()).isNotBlank();

        interact(() -> app.window().retrieval().table().scrollTo(last));
        Node row = lookup(".table-row-cell").match((Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() == last).query();
        clickOn(row);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            var d = app.window().documentView().document();
            return d != null && d.id() == last.documentId() && area().getSelection().getStart() == last.range().start()
                    && area().getSelection().getEnd() == last.range().end();
        }));
        assertThat(fx(() -> area().getSelectedText())).isEqualTo(last.text());
        assertNoErrorShown();
    }

    @Test
    void anAnnotationWrittenOnAPassageIsListedShownInTheMarginAndReopensItsPassage() throws Exception {
        openStudy();
        interact(() -> {
            area().selectRange(PASSAGE.start(), PASSAGE.end());
            area().requestFocus();
        });
        push(KeyCode.M);
        TextArea text = lookup("#memo-dialog-text").queryAs(TextArea.class);
        interact(() -> text.setText("À relire : le ton change ici."));
        clickOn("Save memo");
        awaitIdle();
        List<Memo> memos = app.session().project().read(tx -> tx.memos().list());
        assertThat(memos).singleElement().satisfies(m -> {
            assertThat(m.passage()).isEqualTo(PASSAGE);
            assertThat(m.title()).isEqualTo("À relire : le ton change ici.");
        });
        assertThat(fx(() -> app.window().memos().list().getItems())).extracting(r -> r.memo().id())
                .containsExactly(memos.get(0).id());
        Node mark = lookup(".annotation-mark").query();
        assertThat(mark).isNotNull();

        interact(() -> {
            area().moveTo(0);
            app.window().memos().list().getSelectionModel().clearSelection();
        });
        clickOn(mark);
        assertThat(fx(() -> app.window().memos().list().getSelectionModel().getSelectedItem().memo().id()))
                .isEqualTo(memos.get(0).id());
        clickOn("Open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> area().getSelection().getStart()
                == PASSAGE.start() && area().getSelection().getEnd() == PASSAGE.end()));

        TextArea editor = lookup("#memo-text").queryAs(TextArea.class);
        interact(() -> editor.setText("Le ton change ici : ironie ?"));
        clickOn("#memo-save");
        awaitIdle();
        assertThat(app.session().project().read(tx -> tx.memos().list()).get(0).text())
                .isEqualTo("Le ton change ici : ironie ?");
        assertNoErrorShown();
    }

    @Test
    void editingTheTextShiftsTheCodingsAndUndoRestoresTextAndCodings() throws Exception {
        openStudy();
        Coding coding = codeWithButton("Panoptique");
        TextRange typo = new TextRange(PASSAGE.start() - 20, PASSAGE.start() - 10);
        String old = fx(() -> area().getText(typo.start(), typo.end()));
        interact(() -> area().selectRange(typo.start(), typo.end()));
        openContextMenu(area());
        clickOn(menuLabel("Edit text…"));
        TextArea replacement = lookup("#edit-text-new").queryAs(TextArea.class);
        interact(() -> replacement.setText("[X]"));
        clickOn("Replace");
        awaitIdle();
        int shift = 3 - typo.length();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                area().getText(typo.start(), typo.start() + 3).equals("[X]")));
        assertThat(stored(coding).range()).isEqualTo(new TextRange(PASSAGE.start() + shift, PASSAGE.end() + shift));
        assertThat(fx(() -> area().getLength())).isEqualTo(
                app.session().project().read(tx -> tx.documents().text(coding.documentId()).length()));

        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                area().getText(typo.start(), typo.end()).equals(old)));
        assertThat(stored(coding).range()).isEqualTo(PASSAGE);
        assertNoErrorShown();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Coding codeWithButton(String codeName) throws Exception {
        interact(() -> area().selectRange(PASSAGE.start(), PASSAGE.end()));
        clickOn(codeCell(codeName));
        clickOn("#code-button");
        awaitIdle();
        Code code = code(codeName);
        return app.session().project().read(tx -> tx.codings().list(CodingFilter.ofCode(code.id()))).stream()
                .filter(c -> c.range().equals(PASSAGE)).findFirst().orElseThrow();
    }

    /** The stripe of a coding, as drawn in the margin (scrolled into view). */
    private Node stripeOf(Coding coding) throws Exception {
        interact(() -> {
            area().showParagraphAtTop(Math.max(0, area().offsetToPosition(coding.range().start(),
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".coding-stripe").match((Node n) -> n.getProperties().get(Coding.class) instanceof Coding c
                && c.id() == coding.id() && n.isVisible()).query();
    }

    private Coding stored(Coding coding) {
        Coding c = storedOrNull(coding);
        assertThat(c).as("coding " + coding.id()).isNotNull();
        return c;
    }

    private Coding storedOrNull(Coding coding) {
        return app.session().project().read(tx -> tx.codings().byId(coding.id()).orElse(null));
    }
}
