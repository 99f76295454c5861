package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.model.TwoDimensional;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.retrieval.RetrievedPassage;
import org.glose.core.text.TextRange;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench issue's "done when", played as one student's session on a new, empty project, through the window
 * only: import the three sample documents (text, PDF, DOCX) and the sample codebook, code ten passages in seven
 * ways spread over the three documents, fix wrong codings (recode, resize, uncode from their stripes), retrieve a
 * code's passages and open one, write a memo about a code; then the project, read again from disk after the window
 * closed, holds exactly that work. The store is read only to check, off the FX thread, after each step.
 */
class StudentSessionTest extends WindowTestBase {

    private static final String OFFER = "offre-de-stage.txt";
    private static final String REPORT = "conference-plateformes-2019.pdf";
    private static final String STUDY_DOCX = "ingechef-data-gouv-terr.docx";
    private static final Path CORPUS = Path.of("sample-corpus");

    /** What the student meant to code: the document, the code and the passage selected. */
    private record Passage(String document, String code, TextRange range) {
    }

    private final List<Passage> expected = new ArrayList<>();

    /** Hides the base's sample project: this session starts from nothing. */
    @BeforeAll
    static void makeSampleProjectOnce() {
    }

    @BeforeEach
    @Override
    void startOnACopyOfTheSample() throws Exception {
        folder = dir.resolve("memoire-m2");
        H2ProjectStore.create(folder, "Mémoire M2").close();
        FxToolkit.registerPrimaryStage();
        release(new javafx.scene.input.MouseButton[0]);
        release(new javafx.scene.input.KeyCode[0]);
        app = new GloseApp(guardedOpener());
        FxToolkit.setupApplication(() -> app);
        interact(() -> app.session().coderProperty().set(CODER));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null));
        awaitIdle();
    }

    @Test
    void aStudentImportsCodesFixesRetrievesWritesAMemoAndFindsItAllOnDisk() throws Exception {
        // an empty project: no document, no code
        List<Document> noDocuments = app.session().project().read(tx -> tx.documents().list());
        int noCodes = app.session().project().read(tx -> tx.codes().codebook().size());
        assertThat(noDocuments).isEmpty();
        assertThat(noCodes).isZero();

        // 1. the three documents and the codebook, imported as the File menu does once its chooser answered
        interact(() -> app.window().projectActions().importFiles(List.of(CORPUS.resolve(OFFER),
                CORPUS.resolve(REPORT), CORPUS.resolve(STUDY_DOCX))));
        awaitIdle();
        List<Document> imported = app.session().project().read(tx -> tx.documents().list());
        assertThat(imported).extracting(Document::name).containsExactlyInAnyOrder(OFFER, REPORT, STUDY_DOCX);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".document-name").queryAll().size() == 3);
        interact(() -> app.window().projectActions().importCodebook(Path.of("codebooks/glose-sample-codebook.yaml")));
        awaitIdle();
        int codes = app.session().project().read(tx -> tx.codes().codebook().size());
        assertThat(codes).isEqualTo(29);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> app.window().codebookView().codebook().size()
                == 29));
        assertNoErrorShown();

        // 2. ten passages, seven ways, three documents
        open(OFFER);
        TextRange p1 = select("fluidifier les échanges");
        clickOn(findCode("panoptique", "Panoptique"));
        clickOn("#code-button");
        clearCodeFilter();
        coded(OFFER, "Panoptique", p1);

        TextRange p2 = select("captation de valeur");
        push(KeyCode.SHORTCUT, KeyCode.K);
        pickInPicker("capitalisme");
        coded(OFFER, "Capitalisme de surveillance", p2);

        TextRange p3 = select("légitimité sociale");
        push(KeyCode.V);
        awaitIdle();
        String inVivo = "légitimité sociale";
        coded(OFFER, inVivo, p3);
        assertThat(code(inVivo).parentId()).isNull();

        open(REPORT);
        TextRange p4 = select("ubiquité du numérique"); // recent codes: in vivo, Capitalisme, Panoptique
        push(KeyCode.DIGIT3);
        coded(REPORT, "Panoptique", p4);

        TextRange p5 = select("Puissance publique et plateformes");
        push(KeyCode.C);
        pickInPicker("legitim");
        coded(REPORT, "Légitimation", p5);

        TextRange p6 = select("levier essentiel");
        Bounds chars = fx(() -> area().getCharacterBoundsOnScreen(p6.start() + 1, p6.start() + 5)).orElseThrow();
        Node communs = findCode("communs", "Communs");
        drag(new Point2D(chars.getCenterX(), chars.getCenterY())).dropTo(communs);
        clearCodeFilter();
        coded(REPORT, "Communs", p6);

        String workers = "Travailleurs des plateformes";
        TextRange p7 = select(workers.substring(0, workers.length() - 3)); // selected a little short: fixed below
        openContextMenu(area());
        clickOn(shownMenuItem("Code with"));
        clickOn(shownMenuItem("Transparency-washing"), Motion.HORIZONTAL_FIRST); // into the submenu, then down
        coded(REPORT, "Transparency-washing", p7);

        open(STUDY_DOCX);
        TextRange p8 = select("richesse du collectif");
        Bounds selected = fx(() -> area().getCharacterBoundsOnScreen(p8.start() + 2, p8.start() + 6)).orElseThrow();
        drag(findCode("asym", "Asymétries informationnelles")).dropTo(new Point2D(selected.getCenterX(),
                selected.getCenterY()));
        clearCodeFilter();
        coded(STUDY_DOCX, "Asymétries informationnelles", p8);

        TextRange p9 = select("la gestion et la valorisation");
        push(KeyCode.L);
        coded(STUDY_DOCX, "Asymétries informationnelles", p9);

        // recent codes now: Asymétries, Transparency-washing, Communs, Légitimation, Panoptique, the in-vivo code
        TextRange p10 = select("approche par les communs");
        push(KeyCode.DIGIT6);
        coded(STUDY_DOCX, inVivo, p10);
        assertThat(expected).hasSize(10);
        assertNoErrorShown();

        // 3. fixing: an uncode, a recode, a resize, each from the coding's stripe
        Coding wrong = stored(STUDY_DOCX, "Asymétries informationnelles", p9);
        clickOn(stripeOf(wrong));
        assertThat(fx(() -> app.window().documentView().selectedCoding().id())).isEqualTo(wrong.id());
        push(KeyCode.DELETE);
        awaitIdle();
        expected.remove(new Passage(STUDY_DOCX, "Asymétries informationnelles", p9));
        assertStoreHoldsExpected();

        open(REPORT);
        Coding misfiled = stored(REPORT, "Légitimation", p5);
        clickOn(stripeOf(misfiled));
        assertThat(fx(() -> area().getSelection().getStart())).isEqualTo(p5.start());
        assertThat(fx(() -> area().getSelection().getEnd())).isEqualTo(p5.end());
        push(KeyCode.R);
        pickInPicker("transparency");
        expected.set(expected.indexOf(new Passage(REPORT, "Légitimation", p5)),
                new Passage(REPORT, "Transparency-washing", p5));
        assertStoreHoldsExpected();
        assertThat(stored(REPORT, "Transparency-washing", p5).id()).as("a recode keeps the coding").isEqualTo(
                misfiled.id());

        Coding tooShort = stored(REPORT, "Transparency-washing", p7);
        clickOn(stripeOf(tooShort));
        push(KeyCode.E);
        push(KeyCode.RIGHT);
        push(KeyCode.RIGHT);
        push(KeyCode.RIGHT);
        push(KeyCode.ENTER);
        awaitIdle();
        TextRange whole = new TextRange(p7.start(), p7.end() + 3);
        assertThat(fx(() -> area().getText(whole.start(), whole.end()))).isEqualTo(workers);
        expected.set(expected.indexOf(new Passage(REPORT, "Transparency-washing", p7)),
                new Passage(REPORT, "Transparency-washing", whole));
        assertStoreHoldsExpected();
        assertThat(stored(REPORT, "Transparency-washing", whole).id()).isEqualTo(tooShort.id());
        assertNoErrorShown();

        // 4. Panoptique's passages from the codebook's menu; a click opens the one of the offer, selected
        openCodebookMenu("Panoptique");
        clickOn(shownMenuItem("Retrieve coded passages"));
        awaitIdle();
        clearCodeFilter();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                app.window().retrieval().table().getItems().size() == 2));
        List<RetrievedPassage> rows = fx(() -> List.copyOf(app.window().retrieval().table().getItems()));
        assertThat(rows).extracting(RetrievedPassage::documentName, RetrievedPassage::range)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(OFFER, p1),
                        org.assertj.core.groups.Tuple.tuple(REPORT, p4));
        RetrievedPassage inOffer = rows.stream().filter(r -> r.documentName().equals(OFFER)).findFirst()
                .orElseThrow();
        assertThat(inOffer.text()).isEqualTo("fluidifier les échanges");
        clickOn(lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getItem() == inOffer)
                .<Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            Document d = app.window().documentView().document();
            return d != null && d.name().equals(OFFER) && area().getLength() == d.length()
                    && area().getSelection().getStart() == p1.start() && area().getSelection().getEnd() == p1.end();
        }));
        assertThat(fx(() -> area().getSelectedText())).isEqualTo("fluidifier les échanges");

        // 5. a memo about a code, from the codebook's menu, listed in the Memos tab
        openCodebookMenu("Capitalisme de surveillance");
        clickOn(shownMenuItem("Write memo about the code…"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#memo-dialog-title").tryQuery().isPresent());
        clickOn(lookup("#memo-dialog-title").<Node>query()).write("Captation");
        TextArea words = lookup("#memo-dialog-text").queryAs(TextArea.class);
        interact(() -> words.setText("L'offre parle de « captation de valeur » : à relier à Zuboff."));
        clickOn("Save memo");
        awaitIdle();
        Code capitalism = code("Capitalisme de surveillance");
        List<Memo> memos = app.session().project().read(tx -> tx.memos().list());
        assertThat(memos).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Captation");
            assertThat(m.text()).isEqualTo("L'offre parle de « captation de valeur » : à relier à Zuboff.");
            assertThat(m.codeId()).isEqualTo(capitalism.id());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> app.window().memos().list().getItems()
                .stream().anyMatch(r -> r.memo().id() == memos.get(0).id())));
        assertThat(fx(() -> app.window().navigation().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo(MainWindow.MEMOS_TAB);
        assertNoErrorShown();

        // 6. the window closes; the project read again from disk holds exactly the session's work
        Map<Long, String> codeNames = app.session().project().read(tx -> tx.codes().codebook().depthFirst().stream()
                .collect(Collectors.toMap(Code::id, Code::name)));
        FxToolkit.cleanupApplication(app);
        app = null;
        try (OpenProject reopened = new OpenProject(H2ProjectStore.open(folder))) {
            assertThat(passages(reopened)).hasSize(9).containsExactlyInAnyOrderElementsOf(expected);
            List<String> coders = reopened.read(tx -> tx.codings().list(CodingFilter.ALL).stream()
                    .map(c -> tx.coders().byId(c.coderId()).orElseThrow().name()).distinct().toList());
            assertThat(coders).containsExactly(CODER);
            Map<Long, String> codebook = reopened.read(tx -> tx.codes().codebook().depthFirst().stream()
                    .collect(Collectors.toMap(Code::id, Code::name)));
            assertThat(codebook).isEqualTo(codeNames).hasSize(30);
            List<Memo> kept = reopened.read(tx -> tx.memos().list());
            assertThat(kept).singleElement().satisfies(m -> {
                assertThat(m.title()).isEqualTo("Captation");
                assertThat(m.text()).isEqualTo("L'offre parle de « captation de valeur » : à relier à Zuboff.");
                assertThat(m.codeId()).isEqualTo(capitalism.id());
            });
            List<Document> documents = reopened.read(tx -> tx.documents().list());
            assertThat(documents).extracting(Document::name).containsExactlyInAnyOrder(OFFER, REPORT, STUDY_DOCX);
        }
    }

    // --- the student's gestures ------------------------------------------------------------------------------

    /** Opens a document from the Documents list. */
    private void open(String name) throws Exception {
        clickOn("#" + MainWindow.DOCUMENTS_TAB);
        clickOn(lookup(".document-name").match((javafx.scene.control.Label l) -> name.equals(l.getText()))
                .queryLabeled());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            Document d = app.window().documentView().document();
            return d != null && d.name().equals(name) && area().getLength() == d.length();
        }));
        awaitIdle();
    }

    /** Selects the first occurrence of some words in the document shown, brought into view, the text focused. */
    private TextRange select(String words) throws Exception {
        int start = fx(() -> area().getText().indexOf(words));
        assertThat(start).as("“" + words + "” in the document shown").isNotNegative();
        TextRange range = new TextRange(start, start + words.length());
        interact(() -> {
            area().showParagraphAtTop(Math.max(0, area().offsetToPosition(start, TwoDimensional.Bias.Forward)
                    .getMajor() - 1));
            area().selectRange(range.start(), range.end());
            area().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return range;
    }

    /** Types in the code picker's filter and takes its first match with Enter. */
    private void pickInPicker(String typed) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#code-picker-filter").tryQuery().isPresent());
        clickOn("#code-picker-filter").write(typed);
        push(KeyCode.ENTER);
        awaitIdle();
    }

    /** A menu item's label once its (sub)menu is on screen. */
    private Node shownMenuItem(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> lookup((Node n) -> n instanceof Labeled l
                && text.equals(l.getText()) && n.getScene() != null && n.getScene().getWindow() instanceof ContextMenu m
                && m.isShowing() && n.isVisible()).tryQuery().isPresent()));
        return menuLabel(text);
    }

    /** Selects a code in the codebook and right-clicks it for its menu. */
    private void openCodebookMenu(String codeName) throws Exception {
        Node cell = findCode(codeName, codeName);
        clickOn(cell);
        TreeView<?> tree = lookup("#codebook-tree").queryAs(TreeView.class);
        openContextMenu(cell, tree::getContextMenu);
    }

    /** Types in the codebook's filter until the code shows, wherever the tree was scrolled. */
    private Node findCode(String typed, String codeName) throws Exception {
        clearCodeFilter();
        write(typed);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".code-name").match((Labeled l)
                -> codeName.equals(l.getText())).tryQuery().isPresent());
        return codeCell(codeName);
    }

    private void clearCodeFilter() {
        clickOn("#codebook-filter");
        push(KeyCode.SHORTCUT, KeyCode.A);
        push(KeyCode.BACK_SPACE);
    }

    /** The visible stripe of a coding in the margin, its paragraph scrolled to the top. */
    private Node stripeOf(Coding coding) throws Exception {
        interact(() -> area().showParagraphAtTop(Math.max(0, area().offsetToPosition(coding.range().start(),
                TwoDimensional.Bias.Forward).getMajor() - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".coding-stripe").match((Node n) -> n.getProperties().get(Coding.class) instanceof Coding c
                && c.id() == coding.id() && n.isVisible()).query();
    }

    // --- checks through the store ----------------------------------------------------------------------------

    /** After a coding gesture: the store holds what was meant so far, and nothing else. */
    private void coded(String document, String code, TextRange range) throws Exception {
        awaitIdle();
        expected.add(new Passage(document, code, range));
        assertStoreHoldsExpected();
    }

    private void assertStoreHoldsExpected() throws Exception {
        awaitIdle();
        assertThat(passages(app.session().project())).containsExactlyInAnyOrderElementsOf(expected);
    }

    private Coding stored(String document, String code, TextRange range) {
        OpenProject project = app.session().project();
        Map<Long, String> documents = documentNames(project);
        Map<Long, String> codes = project.read(tx -> tx.codes().codebook().depthFirst().stream()
                .collect(Collectors.toMap(Code::id, Code::name)));
        return project.read(tx -> tx.codings().list(CodingFilter.ALL)).stream()
                .filter(c -> documents.get(c.documentId()).equals(document) && codes.get(c.codeId()).equals(code)
                        && c.range().equals(range)).findFirst().orElseThrow();
    }

    private static List<Passage> passages(OpenProject project) {
        Map<Long, String> documents = documentNames(project);
        Map<Long, String> codes = project.read(tx -> tx.codes().codebook().depthFirst().stream()
                .collect(Collectors.toMap(Code::id, Code::name)));
        return project.read(tx -> tx.codings().list(CodingFilter.ALL)).stream()
                .map(c -> new Passage(documents.get(c.documentId()), codes.get(c.codeId()), c.range())).toList();
    }

    private static Map<Long, String> documentNames(OpenProject project) {
        return project.read(tx -> tx.documents().list()).stream()
                .collect(Collectors.toMap(Document::id, Document::name, (a, b) -> a));
    }
}
