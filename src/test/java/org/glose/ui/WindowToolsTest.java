package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.glose.core.coding.ApplyCode;
import org.glose.core.model.Code;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.OpenProject;
import org.glose.core.search.SearchHit;
import org.glose.core.text.TextRange;
import org.glose.store.H2ProjectStore;
import org.glose.store.Snapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window reaches every feature of the core: each menu entry opens its tool on a copy of the sample project,
 * headless, and the tool shows real content; a search hit and an analysis passage open in the document view.
 * Every store access is checked to happen off the FX thread.
 */
@Tag("ui")
class WindowToolsTest extends WindowTestBase {

    @Test
    void searchFindsDonneesAndChoosingAHitRevealsItInTheDocument() throws Exception {
        choose("Edit", "Search…");
        Stage search = tool(ToolActions.SEARCH);
        TextField query = find(search, "#search-query", TextField.class);
        interact(() -> {
            query.setText("données");
            app.window().toolActions().searchPane().search();
        });
        @SuppressWarnings("unchecked")
        TableView<SearchHit> hits = find(search, "#search-hits", TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !hits.getItems().isEmpty()));
        var result = fx(() -> app.window().toolActions().searchPane().result());
        assertThat(result.total()).isGreaterThan(1);
        assertThat(find(search, "#search-status", Label.class).getText())
                .startsWith(result.total() + " hit(s) in " + result.documents() + " document(s)");
        SearchHit hit = fx(() -> hits.getItems().get(0));
        assertThat(hit.text().toLowerCase()).startsWith("donn");

        interact(() -> hits.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            var shown = app.window().documentView().document();
            var area = app.window().documentView().area();
            return shown != null && shown.id() == hit.documentId() && area.getLength() == shown.length()
                    && area.getSelection().getStart() == hit.range().start();
        }));
        var area = app.window().documentView().area();
        assertThat(fx(() -> area.getSelectedText())).isEqualTo(hit.text());
        List<TextRange> all = result.rangesIn(hit.documentId());
        for (TextRange r : all) {
            assertThat(fx(() -> area.getStyleAtPosition(r.start() + 1))).as("hit at " + r).contains(HitMarks.STYLE);
        }
        // the mark is drawn, its looked-up colour resolved: the hit's text node has an underline
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> area.lookupAll(".text").stream()
                .filter(n -> n instanceof org.fxmisc.richtext.TextExt t && t.getText().equals(hit.text()))
                .map(org.fxmisc.richtext.TextExt.class::cast)
                .anyMatch(t -> t.getUnderlineColor() != null && t.getUnderlineWidth() != null
                        && t.getUnderlineWidth().doubleValue() > 0)));
    }

    @Test
    void coOccurrenceShowsTheCodebookAndAPassageOpensInTheDocument() throws Exception {
        choose("Analysis", "Co-occurrence…");
        Stage stage = tool(ToolActions.COOCCURRENCE);
        Label status = find(stage, "#analysis-status", Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> status.getText().matches("\\d+ codes, .*")));
        assertThat(fx(() -> Integer.parseInt(status.getText().split(" ")[0]))).isGreaterThan(1);
        List<Label> numbers = fx(() -> stage.getScene().getRoot().lookupAll(".heat-cell").stream()
                .map(Label.class::cast).filter(l -> !l.getText().isBlank() && !l.getStyleClass().contains("muted"))
                .toList());
        assertThat(numbers).as("cells holding a co-occurrence of two codes").isNotEmpty();

        Label cell = numbers.get(0);
        interact(cell::requestFocus);
        interact(() -> cell.getOnMouseClicked().handle(null));
        @SuppressWarnings("unchecked")
        ListView<org.glose.core.analysis.data.Passage> passages = find(stage, "#passage-list", ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !passages.getItems().isEmpty()));
        var passage = fx(() -> passages.getItems().get(0));
        interact(() -> {
            passages.getSelectionModel().select(0);
            passages.requestFocus();
        });
        interact(() -> passages.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.ENTER, false, false, false, false)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> {
            var shown = app.window().documentView().document();
            var area = app.window().documentView().area();
            return shown != null && shown.id() == passage.documentId() && area.getLength() == shown.length()
                    && area.getSelection().getStart() == passage.range().start()
                    && area.getSelection().getEnd() == passage.range().end();
        }));
    }

    @Test
    void matricesAndFrequenciesShowTheSampleProject() throws Exception {
        choose("Analysis", "Matrices…");
        Label matrix = find(tool(ToolActions.MATRIX), "#analysis-status", Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> matrix.getText().matches("\\d+ codes × \\d+ "
                + "columns.*")));
        assertThat(fx(matrix::getText)).doesNotStartWith("0 codes").doesNotContain("× 0 columns");

        choose("Analysis", "Frequencies and charts…");
        Stage frequencies = tool(ToolActions.FREQUENCIES);
        @SuppressWarnings("unchecked")
        TableView<Object> words = find(frequencies, "#words", TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !words.getItems().isEmpty()));
    }

    @Test
    void agreementOffersTheSampleCodersAndComputes() throws Exception {
        choose("Analysis", "Inter-coder agreement…");
        Stage stage = tool(ToolActions.AGREEMENT);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> stage.getScene().getRoot()
                .lookupAll("#agreement-coders .check-box").size() >= 2));
        interact(() -> stage.getScene().getRoot().lookupAll("#agreement-coders .check-box")
                .forEach(n -> ((CheckBox) n).setSelected(true)));
        Button compute = find(stage, "#agreement-compute", Button.class);
        interact(compute::fire);
        @SuppressWarnings("unchecked")
        TableView<Object> table = find(stage, "#agreement-table", TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size() > 1));
        assertThat(fx(() -> find(stage, "#agreement-status", Label.class).getText())).contains("bootstrap");
    }

    @Test
    void snapshotsListTheAutomaticOneAndTheOneTakenNow() throws Exception {
        choose("Project", "Snapshots…");
        Stage stage = tool(SafetyActions.SNAPSHOTS);
        Button take = fx(() -> stage.getScene().getRoot().lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> b.getText().equals("Take a snapshot now")).findFirst().orElseThrow());
        interact(take::fire);
        @SuppressWarnings("unchecked")
        TableView<Snapshot> table = fx(() -> (TableView<Snapshot>) stage.getScene().getRoot()
                .lookup(".table-view"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> table.getItems().stream()
                .anyMatch(s -> s.kind() == Snapshot.Kind.MANUAL)));
        // the window started the automatic snapshots when it opened the project: the first is taken at once
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            interact(() -> ((org.glose.ui.safety.SnapshotsPane) stage.getScene().getRoot()).refresh());
            awaitIdle();
            return fx(() -> table.getItems().stream().anyMatch(s -> s.kind() == Snapshot.Kind.AUTO));
        });
    }

    @Test
    void historyNamesTheCurrentCoderAsWhoCoded() throws Exception {
        openStudy();
        Code code = code("Panoptique");
        long document = fx(() -> app.window().documentView().document().id());
        interact(() -> app.session().execute(new ApplyCode(document, code.id(), CODER, PASSAGE), done -> { }));
        awaitIdle();
        choose("Project", "History…");
        Stage history = tool(SafetyActions.HISTORY);
        @SuppressWarnings("unchecked")
        TableView<ChangeEntry> table = fx(() -> (TableView<ChangeEntry>) history.getScene().getRoot()
                .lookup(".table-view"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !table.getItems().isEmpty()));
        ChangeEntry newest = fx(() -> table.getItems().get(0));
        assertThat(newest.actor()).isEqualTo(CODER);
        assertThat(newest.codeName()).isEqualTo("Panoptique");
    }

    @Test
    void reviewAndMergeOpenOnTheProject() throws Exception {
        choose("Project", "Review…");
        assertThat(fx(() -> tool(ToolActions.REVIEW).getScene().getRoot().lookup("#review-table"))).isNotNull();

        Path copy = dir.resolve("colleague");
        copy(template, copy);
        choose("Project", "Merge project…");
        Stage merge = tool(ToolActions.MERGE);
        TextField from = find(merge, "#merge-from", TextField.class);
        Button preview = find(merge, "#merge-preview", Button.class);
        interact(() -> {
            from.setText(copy.toString());
            preview.fire();
        });
        @SuppressWarnings("unchecked")
        ListView<String> summary = find(merge, "#merge-summary", ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !summary.getItems().isEmpty()));
    }

    @Test
    void aQdpxExportImportsAsANewProjectThatOpens() throws Exception {
        Path qdpx = dir.resolve("sample.qdpx");
        interact(() -> app.window().interchangeActions().exportQdpx(qdpx));
        awaitIdle();
        assertThat(qdpx).isNotEmptyFile();
        int documents = fx(() -> app.window().documentList().list().getItems().size());

        Path target = dir.resolve("imported");
        interact(() -> app.window().interchangeActions().importQdpx(qdpx, target));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.session().project().location().endsWith("imported")
                && app.window().documentList().list().getItems().size() == documents));
        closeInfoDialogs();
    }

    @Test
    void theCodebookExportsAsQdcCsvAndMarkdown() throws Exception {
        for (String name : List.of("codes.qdc", "codes.csv", "codes.md")) {
            interact(() -> app.window().interchangeActions().exportCodebook(dir.resolve(name)));
        }
        awaitIdle();
        assertThat(Files.readString(dir.resolve("codes.qdc"))).contains("<CodeBook").contains("Communs");
        assertThat(Files.readString(dir.resolve("codes.csv"))).contains("Communs");
        assertThat(Files.readString(dir.resolve("codes.md"))).contains("Communs");
    }

    @Test
    void aProjectOpenElsewhereOffersAReadOnlyCopyOfItsLastSnapshot() throws Exception {
        Path other = dir.resolve("elsewhere");
        copy(template, other);
        try (OpenProject holder = new OpenProject(H2ProjectStore.open(other))) {
            holder.snapshot(false);
            interact(() -> app.session().open(other));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> lookup("#project-recovery").tryQuery()
                    .isPresent()));
            Button action = fx(() -> lookup("#project-recovery .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getText().equals("Open a read-only copy")).findFirst().orElseThrow());
            interact(action::fire);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                    && app.session().project().isReadOnly()));
            awaitIdle();
        }
    }

    @Test
    void aDamagedProjectOffersToRestoreItsLastSnapshot() throws Exception {
        Path other = dir.resolve("damaged");
        copy(template, other);
        try (OpenProject before = new OpenProject(H2ProjectStore.open(other))) {
            before.snapshot(false);
        }
        Path db = org.glose.store.ProjectFolder.databaseFile(other);
        try (var file = java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.allocate(8192), 0); // both copies of the header gone
        }
        int documents = fx(() -> app.window().documentList().list().getItems().size());
        interact(() -> app.session().open(other));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> lookup("#project-recovery").tryQuery()
                .isPresent()));
        Button restore = fx(() -> lookup("#project-recovery .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Restore the last snapshot")).findFirst().orElseThrow());
        interact(restore::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.session().project().location().endsWith("damaged")
                && app.window().documentList().list().getItems().size() == documents));
        awaitIdle();
    }

    @Test
    void encryptingClosesTheProjectAndOpensItAgainWithThePasswordAndDecryptingUndoesIt() throws Exception {
        int documents = fx(() -> app.window().documentList().list().getItems().size());
        javafx.application.Platform.runLater(() -> app.window().safetyActions().encrypt());
        typePasswords("Encrypt", "secret-42", "secret-42");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.session().project().isEncrypted()
                && app.window().documentList().list().getItems().size() == documents));
        assertThat(org.glose.store.ProjectFolder.isEncrypted(folder)).isTrue();
        awaitIdle();

        javafx.application.Platform.runLater(() -> app.window().safetyActions().decrypt());
        typePasswords("Open", "secret-42");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && !app.session().project().isEncrypted()
                && app.window().documentList().list().getItems().size() == documents));
        assertThat(org.glose.store.ProjectFolder.isEncrypted(folder)).isFalse();
        awaitIdle();
    }

    /** Fills the password dialog's fields in order and presses its button. */
    private void typePasswords(String button, String... passwords) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> passwordDialog().isPresent()));
        javafx.scene.control.DialogPane dialog = fx(() -> passwordDialog().orElseThrow());
        interact(() -> {
            List<Node> fields = List.copyOf(dialog.lookupAll(".password-field"));
            for (int i = 0; i < passwords.length; i++) {
                ((javafx.scene.control.PasswordField) fields.get(i)).setText(passwords[i]);
            }
            javafx.scene.control.ButtonType type = dialog.getButtonTypes().stream()
                    .filter(t -> t.getText().equals(button)).findFirst().orElseThrow();
            Button ok = (Button) dialog.lookupButton(type);
            assertThat(ok.isDisable()).as(button + " enabled").isFalse();
            ok.fire();
        });
    }

    private Optional<javafx.scene.control.DialogPane> passwordDialog() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof javafx.scene.control.DialogPane)
                .map(javafx.scene.control.DialogPane.class::cast)
                .filter(d -> d.getContent() instanceof org.glose.ui.safety.PasswordPane).findFirst();
    }

    @Test
    void filesDroppedOnTheWindowImportDocumentsAndCodebooks() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("terrain"));
        Files.writeString(folder.resolve("entretien-1.txt"), "Premier entretien sur les communs numériques.");
        Files.writeString(folder.resolve("entretien-2.txt"), "Second entretien sur la souveraineté.");
        Path codebook = Files.writeString(dir.resolve("grille.yaml"),
                "format: glose-codebook/1\ncodes:\n  - name: Terrain déposé\n    colour: \"#336699\"\n");
        int documents = fx(() -> app.window().documentList().list().getItems().size());

        interact(() -> FileDrop.drop(app.session(), app.window().projectActions(),
                FileDrop.plan(List.of(folder, codebook))));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() ->
                app.window().documentList().list().getItems().size() == documents + 2));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.window().codebookView().codebook()
                .depthFirst().stream().anyMatch(c -> c.name().equals("Terrain déposé"))));
    }

    @Test
    void aTableImportedWithDocumentsOpensTheColumnChoiceWhileTheTextImports() throws Exception {
        Path survey = dir.resolve("enquete.csv");
        Files.writeString(survey, "id,réponse\nr1,Les données ouvertes\nr2,Un commun numérique\n");
        Path note = dir.resolve("note.txt");
        Files.writeString(note, "Une note de terrain sur les données.");
        int documents = fx(() -> app.window().documentList().list().getItems().size());
        interact(() -> app.window().projectActions().importFiles(List.of(survey, note)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> lookup("#table-import-title").tryQuery()
                .isPresent()));
        assertThat(fx(() -> lookup("#table-import-title").queryLabeled().getText())).contains("enquete.csv");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() ->
                app.window().documentList().list().getItems().size() == documents + 1));
        assertThat(fx(() -> app.window().documentList().list().getItems().stream()
                .anyMatch(d -> d.name().equals("note.txt")))).isTrue();
    }

    @Test
    void openReadOnlyRefusesChanges() throws Exception {
        Path other = dir.resolve("supervised");
        copy(template, other);
        interact(() -> app.session().openReadOnly(other, null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null
                && app.session().project().location().endsWith("supervised")));
        assertThat(fx(() -> app.session().project().isReadOnly())).isTrue();
        assertThat(fx(() -> app.session().lastActionProperty().get())).endsWith("(read-only).");
    }

    private void choose(String menu, String item) {
        interact(() -> {
            MenuBar bar = (MenuBar) app.window().stage().getScene().getRoot().lookup(".menu-bar");
            Menu m = bar.getMenus().stream().filter(x -> x.getText().equals(menu)).findFirst().orElseThrow();
            MenuItem i = m.getItems().stream().filter(x -> item.equals(x.getText())).findFirst().orElseThrow();
            assertThat(i.isDisable()).as(item + " enabled").isFalse();
            i.fire();
        });
    }

    private Stage tool(String key) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.window().tools().stage(key)
                .map(Stage::isShowing).orElse(false)));
        return fx(() -> app.window().tools().stage(key).orElseThrow());
    }

    private <T> T find(Stage stage, String selector, Class<T> type) throws Exception {
        return fx(() -> type.cast(Optional.ofNullable(stage.getScene().getRoot().lookup(selector)).orElseThrow(() ->
                new AssertionError("no " + selector))));
    }

    private void closeInfoDialogs() {
        interact(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot() instanceof javafx.scene.control.DialogPane).toList()
                .forEach(w -> ((Stage) w).close()));
    }
}
