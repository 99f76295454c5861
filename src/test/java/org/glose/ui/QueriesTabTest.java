package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.SaveAnalysis;
import org.glose.core.model.Coder;
import org.glose.core.model.SavedQuery;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Command;
import org.glose.core.search.SaveQuery;
import org.glose.core.search.SearchHit;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.glose.ui.queries.SavedRow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Queries tab: saved searches and analyses listed, run, renamed, deleted (undoably), filtered. */
class QueriesTabTest extends WindowTestBase {

    @Test
    void aSavedSearchIsListedRunsInTheSearchWindowAndIsRenamedAndDeletedUndoably() throws Exception {
        clickOn("#nav-queries");
        assertThat(fx(() -> app.window().navigation().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("nav-queries");
        for (String tab : List.of("#nav-documents", "#nav-codes", "#nav-cases", "#nav-memos", "#nav-queries")) {
            assertThat(fx(() -> {
                Node header = lookup(tab).query();
                javafx.geometry.Bounds b = header.localToScene(header.getBoundsInLocal());
                return header.isVisible() && app.window().navigation().localToScene(
                        app.window().navigation().getBoundsInLocal()).contains(b);
            })).as(tab + " shown whole beside the others").isTrue();
        }
        assertThat(fx(() -> list().getItems())).isEmpty();
        assertThat(fx(() -> ((Label) list().getPlaceholder()).getText())).contains("Save a search");

        execute(new SaveQuery("Données de l'étude", SearchSpec.of("données").inDocuments(List.of(STUDY))));
        execute(new SaveQuery("Plateformes", SearchSpec.of("plateforme")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> names().size() == 2);
        assertThat(names()).containsExactly("Données de l'étude", "Plateformes");
        SavedRow row = fx(() -> list().getItems().get(0));
        assertThat(row.kindLabel()).isEqualTo("Search");
        assertThat(row.asks()).isEqualTo("données · in " + STUDY);

        // Enter runs it: the search window opens on it, with the document filter it was saved with
        clickOn(cell("Données de l'étude"));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> app.window().toolActions().searchPane() != null
                && app.window().toolActions().searchPane().result() != null));
        awaitIdle();
        SearchResult result = fx(() -> app.window().toolActions().searchPane().result());
        long study = app.session().project().read(tx -> tx.documents().list().stream()
                .filter(d -> d.name().equals(STUDY)).findFirst().orElseThrow().id());
        assertThat(result.total()).isPositive();
        assertThat(result.hits()).extracting(SearchHit::documentId).containsOnly(study);
        assertThat(fx(() -> app.window().tools().stage(ToolActions.SEARCH).orElseThrow().isShowing())).isTrue();

        // a name another saved search has is refused, saying so, and nothing changes
        interact(() -> app.window().tools().stage(ToolActions.SEARCH).orElseThrow().hide()); // it covers the tab
        clickOn(cell("Plateformes"));
        type(KeyCode.F2);
        answerRename("Données de l'étude");
        assertThat(fx(() -> ((Label) lookup("#queries-message").query()).getText()))
                .isEqualTo("Another saved search is already called “Données de l'étude”: choose another name.");
        assertThat(saved()).extracting(SavedQuery::name).containsExactlyInAnyOrder("Données de l'étude", "Plateformes");

        // renamed, keeping its search
        clickOn(cell("Plateformes"));
        type(KeyCode.F2);
        answerRename("Plateformes et territoires");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> names().contains("Plateformes et territoires"));
        assertThat(saved()).filteredOn(q -> q.name().equals("Plateformes et territoires")).singleElement()
                .extracting(SavedQuery::spec).isEqualTo("query: plateforme\n");

        // Delete asks first; Cancel keeps it, OK deletes it; undo brings it back
        clickOn(cell("Plateformes et territoires"));
        type(KeyCode.DELETE);
        DialogPane confirm = dialog();
        assertThat(fx(confirm::getHeaderText)).isEqualTo("Delete the saved search “Plateformes et territoires”?");
        clickOn((Button) confirm.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        awaitIdle();
        assertThat(saved()).hasSize(2);
        clickOn(cell("Plateformes et territoires"));
        type(KeyCode.DELETE);
        confirm = dialog();
        clickOn((Button) confirm.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> names().equals(List.of("Données de l'étude")));
        assertThat(saved()).extracting(SavedQuery::name).containsExactly("Données de l'étude");
        interact(() -> app.session().undo());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> names().size() == 2);
        assertThat(saved()).extracting(SavedQuery::name)
                .containsExactlyInAnyOrder("Données de l'étude", "Plateformes et territoires");

        // the filter narrows the list to what matches, in name, kind or what it asks
        clickOn("#queries-filter").write("territ");
        assertThat(names()).containsExactly("Plateformes et territoires");
        interact(() -> ((TextField) lookup("#queries-filter").query()).setText("in " + STUDY));
        assertThat(names()).containsExactly("Données de l'étude");
        assertNoErrorShown();
    }

    @Test
    void aSavedAnalysisOpensWithItsSettingsAndFilterOnADoubleClick() throws Exception {
        String coder = app.session().project().read(tx -> tx.coders().list().stream().map(Coder::name)
                .filter(n -> tx.codings().list(CodingFilter.ALL).stream().anyMatch(c -> tx.coders().byId(c.coderId())
                        .map(Coder::name).orElse("").equals(n))).findFirst().orElseThrow());
        long coded = app.session().project().read(tx -> tx.codings().list(CodingFilter.ALL).stream()
                .filter(c -> tx.coders().byId(c.coderId()).map(Coder::name).orElse("").equals(coder)).count());
        AnalysisSettings settings = new AnalysisSettings.CoOccurrence(AnalysisFilter.ALL.withCoders(Set.of(coder)),
                new CoOccurrenceOptions(CoOccurrenceUnit.DOCUMENT, CoOccurrenceOptions.DEFAULT_DISTANCE,
                        Measure.JACCARD, false), false);
        execute(SaveAnalysis.save("Liens par document", settings));
        clickOn("#nav-queries");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> names().equals(List.of("Liens par document")));
        SavedRow row = fx(() -> list().getItems().get(0));
        assertThat(row.kindLabel()).isEqualTo("Code co-occurrence");
        assertThat(row.asks()).contains("unit: document", "measure: jaccard", "coder: " + coder);

        doubleClickOn(cell("Liens par document"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> toolWindow("Code co-occurrence “Liens par document”") != null);
        Stage stage = toolWindow("Code co-occurrence “Liens par document”");
        Label status = (Label) stage.getScene().getRoot().lookup("#analysis-status");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> status.getText().matches("\\d+ codes, .*")));
        awaitIdle();
        assertThat(fx(status::getText)).as("only the codings of " + coder).contains(", " + coded + " codings.");
        assertThat(fx(() -> ((ChoiceBox<?>) stage.getScene().getRoot().lookup("#unit")).getValue()))
                .isEqualTo(CoOccurrenceUnit.DOCUMENT);
        assertThat(fx(() -> ((ChoiceBox<?>) stage.getScene().getRoot().lookup("#measure")).getValue()))
                .isEqualTo(Measure.JACCARD);
        assertNoErrorShown();
    }

    private void execute(Command<?> command) throws Exception {
        interact(() -> app.session().execute(command, done -> { }));
        awaitIdle();
    }

    private void answerRename(String name) throws Exception {
        DialogPane pane = dialog();
        TextField field = (TextField) pane.lookup("#queries-rename-name");
        interact(() -> field.setText(name));
        clickOn((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
        awaitIdle();
    }

    @SuppressWarnings("unchecked")
    private ListView<SavedRow> list() {
        return (ListView<SavedRow>) lookup("#queries-list").query();
    }

    private List<String> names() throws Exception {
        return fx(() -> list().getItems().stream().map(SavedRow::name).toList());
    }

    private List<SavedQuery> saved() {
        return app.session().project().read(tx -> tx.savedQueries().list());
    }

    private Node cell(String name) {
        return lookup(".query-name").match((Label l) -> name.equals(l.getText())).queryLabeled();
    }

    private DialogPane dialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> listWindows().stream().anyMatch(w ->
                w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)));
        return fx(() -> (DialogPane) listWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow().getScene().getRoot());
    }

    private Stage toolWindow(String titleStart) throws Exception {
        return fx(() -> listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith(titleStart)).map(Stage.class::cast).findFirst()
                .orElse(null));
    }
}
