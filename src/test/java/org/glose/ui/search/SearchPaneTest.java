package org.glose.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.search.SearchHit;
import org.glose.core.text.TextRange;
import org.glose.search.SearchFixture;
import org.glose.ui.testing.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The search pane alone, headless, on three small documents; the project is only touched off the FX thread. */
@Tag("ui")
class SearchPaneTest extends FxRobot {

    record Opened(long documentId, TextRange hit, List<TextRange> all) {
    }

    @TempDir
    Path dir;
    SearchFixture f;
    SearchPane pane;
    Code acteurs;
    final List<Opened> opened = new CopyOnWriteArrayList<>();
    final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        f = SearchFixture.threeDocuments(dir.resolve("p"));
        acteurs = f.project.execute(new CreateCode(null, "Acteurs", null));
        f.project.execute(new ApplyCode(f.document("entretien.txt").id(), acteurs.id(), "yanis",
                new TextRange(SearchFixture.ENTRETIEN.indexOf('\n') + 1, SearchFixture.ENTRETIEN.length())));
        FxToolkit.setupStage(stage -> {
            pane = new SearchPane(f.project, f.index, runner, () -> "camille",
                    (doc, hit, all) -> opened.add(new Opened(doc, hit, all)));
            stage.setScene(new Scene(pane, 1100, 600));
            stage.show();
        });
        await(() -> pane.code.getItems().contains("Acteurs"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> pane.dispose());
        runner.close();
        f.close();
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void searchFor(String query) throws Exception {
        interact(() -> {
            pane.status.setText("");
            pane.query.clear();
        });
        clickOn("#search-query").write(query).push(KeyCode.ENTER);
        await(() -> pane.status.getText().contains("hit(s)") || pane.status.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("error")));
    }

    @Test
    void aSearchShowsItsCountsAndTheHitsInContext() throws Exception {
        searchFor("etat");
        assertThat(pane.status.getText()).isEqualTo("3 hit(s) in 2 document(s)");
        assertThat(pane.table.getItems()).extracting(SearchHit::text).containsExactly("État", "État", "État");
        assertThat(pane.table.getItems().get(0).before()).endsWith("de l'");
    }

    @Test
    void everyColumnSortsByClickingItsHeader() throws Exception {
        searchFor("etat OR données");
        assertThat(pane.table.getItems().get(0).document()).isEqualTo("entretien.txt");
        clickOn("#search-document");
        clickOn("#search-document");   // second click: descending
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.table.getItems().get(0).document()).isEqualTo("rapport.txt");
        clickOn("#search-hit");
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<SearchHit, ?> sorted = pane.table.getSortOrder().get(0);
        assertThat(sorted.getId()).isEqualTo("search-hit");
        // text columns sort as a reader expects (collation): accents and case after the letters themselves
        assertThat(pane.table.getItems()).extracting(SearchHit::text)
                .containsExactly("donnée", "données", "Données", "État", "État", "État");
    }

    @Test
    void theExactModeAndTheCodeFiltersNarrowTheHits() throws Exception {
        interact(() -> pane.mode.setValue("Exact words"));
        searchFor("donnée");
        assertThat(pane.status.getText()).isEqualTo("1 hit(s) in 1 document(s)");
        interact(() -> {
            pane.mode.setValue("Stemmed");
            pane.codeScope.setValue(SearchPane.WITHIN);
            pane.code.setValue("Acteurs");
        });
        searchFor("etat");
        assertThat(pane.status.getText()).isEqualTo("1 hit(s) in 1 document(s)");
        interact(() -> pane.codeScope.setValue(SearchPane.NOT_WITHIN));
        searchFor("etat");
        assertThat(pane.status.getText()).isEqualTo("2 hit(s) in 1 document(s)");
    }

    @Test
    void choosingARowOpensTheDocumentAtTheHitWithAllItsHits() throws Exception {
        searchFor("etat");
        clickOn(lookup("#search-hits .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        await(() -> !opened.isEmpty());
        Opened o = opened.get(opened.size() - 1);
        SearchHit second = pane.table.getItems().get(1);
        assertThat(o.documentId()).isEqualTo(second.documentId());
        assertThat(o.hit()).isEqualTo(second.range());
        assertThat(o.all()).hasSize(2).contains(second.range());
    }

    @Test
    void aBadQueryIsExplainedInTheStatusLine() throws Exception {
        searchFor("\"données");
        assertThat(pane.status.getText()).contains("cannot be read");
        assertThat(pane.table.getItems()).isEmpty();
    }

    @Test
    void theHitsAreCodedAfterAPreviewAndOneUndoRemovesThem() throws Exception {
        searchFor("etat");
        interact(() -> {
            pane.autoCode.code.setValue("Acteurs");
            pane.autoCode.unit.setValue("Sentence");
        });
        assertThat(pane.autoCode.apply.isDisabled()).isTrue();
        clickOn("#autocode-preview");
        await(() -> !pane.autoCode.apply.isDisabled());
        assertThat(pane.autoCode.outcome.getText())
                .isEqualTo("2 passage(s) in 2 document(s) will be coded; 0 already coded by camille.");
        List<Coding> before = f.project.read(tx -> tx.codings().list(CodingFilter.ofCode(acteurs.id())));
        clickOn("#autocode-apply");
        await(() -> pane.autoCode.outcome.getText().startsWith("Coded") || !pane.status.getText().contains("hit(s)"));
        assertThat(pane.autoCode.outcome.getText()).as(pane.status.getText()).startsWith("Coded 2 passage(s)");
        List<Coding> after = f.project.read(tx -> tx.codings().list(CodingFilter.ofCode(acteurs.id())));
        assertThat(after).hasSize(before.size() + 2);
        f.project.undo();
        List<Coding> undone = f.project.read(tx -> tx.codings().list(CodingFilter.ofCode(acteurs.id())));
        assertThat(undone).hasSize(before.size());
    }

    @Test
    void aQueryIsSavedAndTheHitsExported() throws Exception {
        searchFor("etat");
        clickOn("#search-save-name").write("État");
        clickOn("#search-save");
        await(() -> pane.saved.getItems().contains("État"));
        Path file = dir.resolve("hits.xlsx");
        interact(() -> pane.export(file));
        await(() -> pane.status.getText().startsWith("Exported"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("État");
        }
    }
}
