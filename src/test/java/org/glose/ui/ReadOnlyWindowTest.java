package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.glose.core.model.Code;
import org.glose.core.retrieval.RetrievedPassage;
import org.glose.core.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project opened read-only is read-only in the window: every action that would change it is disabled (menus,
 * the document's and the codebook's context menus, the codebook's buttons) and its keys change nothing, while
 * search and retrieval work; the title and the status bar say so. The same controls are enabled on a project
 * opened normally, so a broken binding fails here.
 */
class ReadOnlyWindowTest extends WindowTestBase {

    private static final String REFUSED = "Read-only project: nothing can be changed.";

    /** Items of the menu bar that change the project. */
    private static final List<String> EDITING_ITEMS = List.of("pick-code-item", "new-code-from-selection-item",
            "new-code-item", "in-vivo-item", "several-codes-item", "last-code-item", "recent-codes-menu",
            "annotate-item", "speaker-turns-item", "import-documents-item", "import-codebook-item", "merge-item",
            "encrypt-item", "decrypt-item");
    /** Items of the menu bar that only read it. */
    private static final List<String> READING_ITEMS = List.of("search-item", "retrieve-item", "undo-history-item");

    @Test
    void aReadOnlyProjectGreysOutEveryChangeKeepsReadingAndSaysSo() throws Exception {
        Path supervised = dir.resolve("supervised");
        copy(template, supervised);
        interact(() -> app.session().openReadOnly(supervised, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.session().project().location().endsWith("supervised")
                && app.window().codebookView().codebook().size() > 0
                && !app.window().documentList().list().getItems().isEmpty()));
        awaitIdle();
        assertThat(fx(() -> app.session().isReadOnly())).isTrue();
        assertThat(fx(() -> app.window().stage().getTitle())).endsWith("(read-only)");
        Label badge = lookup("#read-only-badge").queryAs(Label.class);
        assertThat(fx(badge::isVisible)).isTrue();
        assertThat(fx(badge::getText)).isEqualTo("Read-only");

        openStudy();
        Code panoptique = code("Panoptique");
        selectPassageAndCode(panoptique);
        for (String id : EDITING_ITEMS) {
            assertThat(fx(() -> menuItem(id).isDisable())).as(id + " disabled").isTrue();
        }
        for (String id : READING_ITEMS) {
            assertThat(fx(() -> menuItem(id).isDisable())).as(id + " enabled").isFalse();
        }
        assertThat(fx(() -> menuItem("undo-item").isDisable())).as("undo").isTrue();
        assertThat(fx(() -> menuItem("coding-read-only-note").isVisible())).isTrue();
        Button codeButton = lookup("#code-button").queryButton();
        Button newCode = lookup("#new-code-button").queryButton();
        assertThat(fx(codeButton::isDisable)).isTrue();
        assertThat(fx(newCode::isDisable)).isTrue();
        assertThat(fx(() -> codeButton.getTooltip().getText())).isEqualTo(REFUSED);

        openContextMenu(area());
        for (String id : List.of("code-with", "in-vivo", "edit-text", "uncode")) {
            assertThat(fx(() -> contextItem(id).isDisable())).as("context menu " + id).isTrue();
        }
        assertThat(fx(() -> contextItem("read-only-note").getText())).isEqualTo(REFUSED);
        interact(() -> area().getContextMenu().hide());

        int codings = storedCodings();
        int codes = storedCodes();
        interact(() -> area().requestFocus());
        push(KeyCode.SHORTCUT, KeyCode.I); // in vivo by its menu key
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K); // the last code
        push(KeyCode.V); // in vivo by the document's bare key
        push(KeyCode.C); // the code picker: not even opened
        awaitIdle();
        assertThat(lookup("#code-picker-filter").tryQuery()).as("code picker").isEmpty();
        assertThat(fx(() -> app.session().lastActionProperty().get())).isEqualTo(REFUSED);
        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(storedCodings()).isEqualTo(codings);
        assertThat(storedCodes()).isEqualTo(codes);
        interact(() -> app.window().codingActions().codeSelection(panoptique)); // the action itself refuses too
        awaitIdle();
        assertThat(storedCodings()).isEqualTo(codings);
        assertNoErrorShown();

        interact(() -> app.window().retrieval().retrieve(panoptique));
        awaitIdle();
        List<RetrievedPassage> rows = fx(() -> List.copyOf(app.window().retrieval().table().getItems()));
        assertThat(rows).isNotEmpty();

        interact(() -> menuItem("search-item").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.window().tools()
                .stage(ToolActions.SEARCH).map(Stage::isShowing).orElse(false)));
        Stage search = fx(() -> app.window().tools().stage(ToolActions.SEARCH).orElseThrow());
        TextField query = fx(() -> (TextField) search.getScene().getRoot().lookup("#search-query"));
        interact(() -> {
            query.setText("données");
            app.window().toolActions().searchPane().search();
        });
        @SuppressWarnings("unchecked")
        TableView<SearchHit> hits = fx(() -> (TableView<SearchHit>) search.getScene().getRoot()
                .lookup("#search-hits"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !hits.getItems().isEmpty()));
        interact(search::close);

        interact(() -> app.session().open(folder)); // the same window on a project opened normally
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.session().project().location().endsWith("project")));
        awaitIdle();
        assertThat(fx(badge::isVisible)).isFalse();
        assertThat(fx(() -> app.window().stage().getTitle())).doesNotContain("read-only");
        assertThat(fx(() -> menuItem("new-code-item").isDisable())).isFalse();
        assertThat(fx(newCode::isDisable)).isFalse();
    }

    @Test
    void aProjectOpenedNormallyKeepsEveryChangeEnabledAndItsKeysCode() throws Exception {
        assertThat(fx(() -> app.session().isReadOnly())).isFalse();
        assertThat(fx(() -> app.window().stage().getTitle())).doesNotContain("read-only");
        assertThat(fx(() -> lookup("#read-only-badge").queryAs(Label.class).isVisible())).isFalse();
        openStudy();
        Code panoptique = code("Panoptique");
        selectPassageAndCode(panoptique);
        for (String id : EDITING_ITEMS) {
            if (!id.equals("decrypt-item") && !id.equals("last-code-item") && !id.equals("recent-codes-menu")) {
                assertThat(fx(() -> menuItem(id).isDisable())).as(id + " enabled").isFalse();
            }
        }
        assertThat(fx(() -> menuItem("coding-read-only-note").isVisible())).isFalse();
        assertThat(fx(() -> lookup("#code-button").queryButton().isDisable())).isFalse();
        assertThat(fx(() -> lookup("#new-code-button").queryButton().isDisable())).isFalse();

        openContextMenu(area());
        for (String id : List.of("code-with", "in-vivo", "edit-text")) {
            assertThat(fx(() -> contextItem(id).isDisable())).as("context menu " + id).isFalse();
        }
        assertThat(fx(() -> area().getContextMenu().getItems().stream()
                .anyMatch(i -> "read-only-note".equals(i.getId())))).isFalse();
        interact(() -> area().getContextMenu().hide());

        int codings = storedCodings();
        interact(() -> area().requestFocus());
        push(KeyCode.V);
        awaitIdle();
        assertThat(storedCodings()).isEqualTo(codings + 1);
        push(KeyCode.SHORTCUT, KeyCode.Z);
        awaitIdle();
        assertThat(storedCodings()).isEqualTo(codings);
        assertNoErrorShown();
    }

    /** The study's uncoded passage selected in the text, and a code selected in the codebook. */
    private void selectPassageAndCode(Code code) throws Exception {
        interact(() -> {
            TreeItem<CodebookView.CodeRow> item = treeItem(app.window().codebookView().tree().getRoot(), code.id())
                    .orElseThrow();
            app.window().codebookView().tree().getSelectionModel().select(item);
            area().selectRange(PASSAGE.start(), PASSAGE.end());
            area().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<TreeItem<CodebookView.CodeRow>> treeItem(TreeItem<CodebookView.CodeRow> from, long id) {
        for (TreeItem<CodebookView.CodeRow> child : from.getChildren()) {
            if (child.getValue() != null && child.getValue().code().id() == id) {
                return Optional.of(child);
            }
            Optional<TreeItem<CodebookView.CodeRow>> deeper = treeItem(child, id);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /** An item of the menu bar, found by its id in any menu or submenu. */
    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) app.window().stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().map(m -> find(m.getItems(), id)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static Optional<MenuItem> find(List<MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return Optional.of(item);
            }
            if (item instanceof Menu sub) {
                Optional<MenuItem> inside = find(sub.getItems(), id);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    private MenuItem contextItem(String id) {
        return find(area().getContextMenu().getItems(), id)
                .orElseThrow(() -> new AssertionError("no context menu item " + id));
    }

    private int storedCodings() {
        return app.session().project().read(tx -> tx.codings().list(
                org.glose.core.project.CodingFilter.ALL).size());
    }

    private int storedCodes() {
        return app.session().project().read(tx -> tx.codes().codebook().size());
    }
}
