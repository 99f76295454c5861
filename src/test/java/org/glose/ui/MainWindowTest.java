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
class MainWindowTest extends FxRobot {

    private static final String STUDY = "ingechef-data-gouv-terr.txt";
    private static final String CODER = "testeur";
    /** A passage of the study that the sample project leaves uncoded. */
    private static final TextRange PASSAGE = new TextRange(200, 262);

    @TempDir
    static Path shared;
    private static Path template;

    @TempDir
    Path dir;
    private Path folder;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private GloseApp app;

    @BeforeAll
    static void makeSampleProjectOnce() {
        template = shared.resolve("sample");
        SampleProject.create(template).close();
    }

    @BeforeEach
    void startOnACopyOfTheSample() throws Exception {
        folder = dir.resolve("project");
        copy(template, folder);
        launch();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        assertThat(violations).as("store access on the FX thread").isEmpty();
    }

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

    // --- helpers ---------------------------------------------------------------------------------------------

    private void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = new GloseApp(guardedOpener());
        FxToolkit.setupApplication(() -> app);
        interact(() -> app.session().coderProperty().set(CODER));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.window().documentView().document() != null && area().getLength() > 0
                && app.window().codebookView().codebook().size() > 0));
        awaitIdle();
    }

    private ProjectOpener guardedOpener() {
        return new ProjectOpener() {
            @Override
            public OpenProject startup() {
                return open(folder);
            }

            @Override
            public OpenProject open(Path f) {
                return new OpenProject(new GuardedStore(H2ProjectStore.open(f), violations));
            }

            @Override
            public OpenProject create(Path f, String name) {
                return new OpenProject(new GuardedStore(H2ProjectStore.create(f, name), violations));
            }

            @Override
            public void remember(Path f) {
            }
        };
    }

    private void openStudy() throws Exception {
        clickOn(lookup(".document-name").match((Label l) -> STUDY.equals(l.getText())).queryLabeled());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            Document d = app.window().documentView().document();
            return d != null && d.name().equals(STUDY) && area().getLength() == d.length();
        }));
        awaitIdle();
    }

    private void awaitIdle() throws Exception {
        for (int i = 0; i < 2; i++) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.session().runner().pendingCount() == 0);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private InlineCssTextArea area() {
        return app.window().documentView().area();
    }

    private Code code(String name) throws Exception {
        return fx(() -> app.window().codebookView().codebook().depthFirst().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }

    private int references(Code code) throws Exception {
        return fx(() -> app.window().codebookView().row(code.id()).orElseThrow().references());
    }

    /** The count the tree shows for a code, as drawn in its cell. */
    @SuppressWarnings("unchecked")
    private String shownCount(Code code) throws Exception {
        return fx(() -> lookup(".tree-cell").queryAll().stream()
                .map(n -> (TreeCell<CodebookView.CodeRow>) n)
                .filter(c -> c.getItem() != null && c.getItem().code().id() == code.id()).findFirst()
                .map(c -> ((Label) c.lookup(".code-count")).getText()).orElseThrow());
    }

    private Node codeCell(String name) {
        return lookup(".code-name").match((Label l) -> name.equals(l.getText())).queryLabeled();
    }

    /**
     * Right-clicks a node. Monocle (the headless platform) does not turn a right click into a context-menu
     * request as desktop platforms do, so the request those send is then fired at the same point.
     */
    private void openContextMenu(Node node) throws Exception {
        rightClickOn(node);
        if (!fx(() -> area().getContextMenu().isShowing())) {
            Point2D screen = point(node).query();
            interact(() -> {
                Point2D local = node.screenToLocal(screen);
                Point2D scene = node.localToScene(local);
                Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                        local.getY(), screen.getX(), screen.getY(), false,
                        new PickResult(node, scene.getX(), scene.getY())));
            });
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> area().getContextMenu().isShowing()));
    }

    /** A menu item's label in an open context menu (not the tree's label of the same name). */
    private Node menuLabel(String text) {
        return lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof ContextMenu).query();
    }

    private List<TextRange> codingsOf(Code code) {
        Document study = app.window().documentView().document();
        return app.session().project().read(tx -> tx.codings().list(CodingFilter.ofDocument(study.id())))
                .stream().filter(c -> c.codeId() == code.id() && c.range().equals(PASSAGE))
                .map(Coding::range).toList();
    }

    private String coderOfLast(Code code) {
        return app.session().project().read(tx -> {
            Coding last = tx.codings().list(CodingFilter.ofCode(code.id())).stream()
                    .max(java.util.Comparator.comparingLong(Coding::id)).orElseThrow();
            return tx.coders().byId(last.coderId()).orElseThrow().name();
        });
    }

    private List<String> styles(TextRange range) throws Exception {
        return fx(() -> area().getStyleSpans(range.start(), range.end()).stream().map(StyleSpan::getStyle)
                .distinct().toList());
    }

    /** The text of an item of the Edit menu (0: Undo, 1: Redo). */
    private String editMenuItem(int index) throws Exception {
        return fx(() -> {
            var bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) app.window().stage().getScene()
                    .getRoot()).getTop();
            return bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow()
                    .getItems().get(index).getText();
        });
    }

    private void assertNoErrorShown() {
        assertThat(listWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot() instanceof DialogPane)).as("alerts").isEmpty();
    }

    private static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
