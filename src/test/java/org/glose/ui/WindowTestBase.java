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
import org.glose.ui.testing.FxThreadGuard;
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
 * What the window tests share: the window on a fresh copy of the sample project (made once per class), every
 * store access checked to happen off the FX thread, and helpers to find and drive the window's parts.
 */
@Tag("ui")
abstract class WindowTestBase extends FxRobot {

    static final String STUDY = "ingechef-data-gouv-terr.txt";
    static final String CODER = "testeur";
    /** A passage of the study that the sample project leaves uncoded. */
    static final TextRange PASSAGE = new TextRange(200, 262);

    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;
    Path folder;
    final List<String> violations = new CopyOnWriteArrayList<>();
    GloseApp app;

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
        // a button or key left pressed by a test would turn the next test's first move into a drag (Monocle's
        // drag and drop then fails in the next window): release everything the robot holds
        release(new javafx.scene.input.MouseButton[0]);
        release(new KeyCode[0]);
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        assertThat(violations).as("store access on the FX thread").isEmpty();
    }


    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        release(new javafx.scene.input.MouseButton[0]);
        release(new KeyCode[0]);
        app = new GloseApp(guardedOpener());
        FxToolkit.setupApplication(() -> app);
        interact(() -> app.session().coderProperty().set(CODER));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.window().documentView().document() != null && area().getLength() > 0
                && app.window().codebookView().codebook().size() > 0));
        awaitIdle();
    }

    ProjectOpener guardedOpener() {
        return new ProjectOpener() {
            @Override
            public OpenProject startup() {
                return open(folder);
            }

            @Override
            public OpenProject open(Path f) {
                return new OpenProject(new FxThreadGuard(H2ProjectStore.open(f), violations));
            }

            @Override
            public OpenProject create(Path f, String name) {
                return new OpenProject(new FxThreadGuard(H2ProjectStore.create(f, name), violations));
            }

            @Override
            public OpenProject openReadOnly(Path f, char[] password) {
                return new OpenProject(new FxThreadGuard(H2ProjectStore.openReadOnly(f, password), violations));
            }

            @Override
            public void remember(Path f) {
            }
        };
    }

    void openStudy() throws Exception {
        clickOn(lookup(".document-name").match((Label l) -> STUDY.equals(l.getText())).queryLabeled());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            Document d = app.window().documentView().document();
            return d != null && d.name().equals(STUDY) && area().getLength() == d.length();
        }));
        awaitIdle();
    }

    void awaitIdle() throws Exception {
        for (int i = 0; i < 2; i++) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.session().runner().pendingCount() == 0);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    InlineCssTextArea area() {
        return app.window().documentView().area();
    }

    Code code(String name) throws Exception {
        return fx(() -> app.window().codebookView().codebook().depthFirst().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }

    int references(Code code) throws Exception {
        return fx(() -> app.window().codebookView().row(code.id()).orElseThrow().references());
    }

    /** The count the tree shows for a code, as drawn in its cell. */
    @SuppressWarnings("unchecked")
    String shownCount(Code code) throws Exception {
        return fx(() -> lookup(".tree-cell").queryAll().stream()
                .map(n -> (TreeCell<CodebookView.CodeRow>) n)
                .filter(c -> c.getItem() != null && c.getItem().code().id() == code.id()).findFirst()
                .map(c -> ((Label) c.lookup(".code-count")).getText()).orElseThrow());
    }

    Node codeCell(String name) {
        return lookup(".code-name").match((Label l) -> name.equals(l.getText())).queryLabeled();
    }

    /** Right-clicks a node of the document and waits for the document's context menu. */
    void openContextMenu(Node node) throws Exception {
        openContextMenu(node, () -> area().getContextMenu());
    }

    /** A menu item's label in an open context menu (not the tree's label of the same name). */
    Node menuLabel(String text) {
        return lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof ContextMenu).query();
    }

    List<TextRange> codingsOf(Code code) {
        Document study = app.window().documentView().document();
        return app.session().project().read(tx -> tx.codings().list(CodingFilter.ofDocument(study.id())))
                .stream().filter(c -> c.codeId() == code.id() && c.range().equals(PASSAGE))
                .map(Coding::range).toList();
    }

    String coderOfLast(Code code) {
        return app.session().project().read(tx -> {
            Coding last = tx.codings().list(CodingFilter.ofCode(code.id())).stream()
                    .max(java.util.Comparator.comparingLong(Coding::id)).orElseThrow();
            return tx.coders().byId(last.coderId()).orElseThrow().name();
        });
    }

    List<String> styles(TextRange range) throws Exception {
        return fx(() -> area().getStyleSpans(range.start(), range.end()).stream().map(StyleSpan::getStyle)
                .distinct().toList());
    }

    /** The text of an item of the Edit menu (0: Undo, 1: Redo). */
    String editMenuItem(int index) throws Exception {
        return fx(() -> {
            var bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) app.window().stage().getScene()
                    .getRoot()).getTop();
            return bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow()
                    .getItems().get(index).getText();
        });
    }

    void assertNoErrorShown() {
        assertThat(listWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot() instanceof DialogPane)).as("alerts").isEmpty();
    }

    static <T> T fx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(30, TimeUnit.SECONDS);
    }

    static void copy(Path from, Path to) throws IOException {
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

    /**
     * Right-clicks a node and waits for {@code menu} (asked on the FX thread) to show. Monocle (the headless
     * platform) does not turn a right click into a context-menu request as desktop platforms do, so the request
     * those send is then fired at the same point.
     */
    void openContextMenu(Node node, Callable<ContextMenu> menu) throws Exception {
        rightClickOn(node);
        if (!fx(() -> menu.call().isShowing())) {
            Point2D screen = point(node).query();
            interact(() -> {
                Point2D local = node.screenToLocal(screen);
                Point2D scene = node.localToScene(local);
                Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                        local.getY(), screen.getX(), screen.getY(), false,
                        new PickResult(node, scene.getX(), scene.getY())));
            });
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> menu.call().isShowing()));
    }
}
