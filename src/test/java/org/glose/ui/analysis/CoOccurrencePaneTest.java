package org.glose.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glose.core.analysis.ProjectReports;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.Passage;
import org.glose.sample.SampleProject;
import org.glose.ui.i18n.I18n;
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
 * The co-occurrence pane alone on the sample project, headless: the heatmap of the codebook, the supervisor's cell
 * "Communs × Gouvernance des données" (documents, with sub-codes) and its passages, opening one, the keyboard, and
 * the exports. Every store access is checked to happen off the FX thread.
 */
@Tag("ui")
class CoOccurrencePaneTest extends FxRobot {

    @TempDir
    static Path shared;
    static Path folder;

    @TempDir
    Path dir;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<Passage> opened = new CopyOnWriteArrayList<>();
    private PaneFixture fixture;
    private CoOccurrencePane pane;

    @BeforeAll
    static void sample() {
        folder = shared.resolve("sample");
        SampleProject.create(folder).close();
    }

    @BeforeEach
    void show() throws Exception {
        fixture = new PaneFixture(folder, violations);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            pane = new CoOccurrencePane(() -> fixture.project, fixture.runner, opened::add);
            stage.setScene(new Scene((javafx.scene.Parent) pane.root(), 1000, 700));
            stage.show();
            pane.refresh();
        });
        awaitPane();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
        assertThat(violations).as("store access on the FX thread").isEmpty();
    }

    private void awaitPane() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(pane::lastWork).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private Label cell(String a, String b) throws Exception {
        return fx(() -> pane.heatmap().cell(pane.position(a), pane.position(b)));
    }

    @Test
    void theHeatmapIsTitledInTheWindowsLanguageAndItsExportsInEnglish() throws Exception {
        assertThat(fx(() -> pane.heatmap().title())).isEqualTo("Code co-occurrence — overlap, count");
        clickOn("#subcodes");
        awaitPane();
        assertThat(fx(() -> pane.heatmap().title())).isEqualTo("Code co-occurrence — overlap, count, with sub-codes");
        CoOccurrenceOptions near = new CoOccurrenceOptions(CoOccurrenceUnit.NEAR, 50, Measure.C_COEFFICIENT, true);
        I18n.use(Locale.FRENCH);
        try {
            assertThat(CoOccurrencePane.heading(near))
                    .isEqualTo("Cooccurrences des codes — proximité (50 caractères), coefficient c, avec les sous-codes");
            // a file written from the French window keeps the core's English title
            assertThat(fx(() -> pane.content().chart().title()))
                    .isEqualTo("Code co-occurrence — overlap, count, with sub-codes");
        } finally {
            I18n.use(Locale.ENGLISH);
        }
        assertThat(CoOccurrencePane.heading(near)).isEqualTo(ProjectReports.title(near));
    }

    @Test
    void showsTheCodebookAsAHeatmapWithValuesAndBlanks() throws Exception {
        assertThat(fx(() -> pane.heatmap().rows())).isEqualTo(29);
        assertThat(cell("Communs", "Communs/3. Choix collectifs").getText()).isEqualTo("3");
        assertThat(cell("Communs", "Panoptique").getText()).isEmpty();               // 0 is blank
        assertThat(cell("Communs", "Communs").getStyleClass()).contains("muted");   // the diagonal
        assertThat(cell("Communs", "Panoptique").getAccessibleText()).isEqualTo("Communs × Panoptique: 0");
    }

    @Test
    void theSupervisorReadsThePassagesOfCommunsTimesGouvernance() throws Exception {
        interact(() -> {
            @SuppressWarnings("unchecked")
            var unit = (javafx.scene.control.ChoiceBox<CoOccurrenceUnit>) pane.root().lookup("#unit");
            unit.setValue(CoOccurrenceUnit.DOCUMENT);
        });
        awaitPane();
        clickOn("#subcodes");
        awaitPane();
        Label cell = cell("Communs", "Gouvernance des données");
        assertThat(cell.getText()).isEqualTo("1");
        interact(cell::requestFocus);   // focus scrolls the cell into view
        clickOn(cell);
        awaitPane();
        List<Passage> passages = fx(() -> List.copyOf(pane.passages().list().getItems()));
        assertThat(passages).isNotEmpty().allMatch(p -> p.documentName().equals("ingechef-data-gouv-terr.txt"));
        assertThat(passages).extracting(Passage::text)
                .contains("il existe un problème général de confiance des acteurs vis-à-vis de la donnée");
        assertThat(fx(() -> ((Label) pane.root().lookup("#analysis-status")).getText()))
                .startsWith(passages.size() + " passage(s) for Communs × Gouvernance des données.");

        interact(() -> pane.passages().list().getSelectionModel().select(0));
        doubleClickOn(".passage-list .list-cell");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).range()).isEqualTo(passages.get(0).range());
    }

    @Test
    void arrowKeysAndEnterChooseACell() throws Exception {
        Label start = cell("Communs", "Communs/1. Limites clairement définies");
        interact(start::requestFocus);
        push(KeyCode.LEFT);   // to the diagonal (Communs × Communs)
        push(KeyCode.LEFT);   // to the code before Communs in the codebook
        push(KeyCode.ENTER);
        awaitPane();
        assertThat(fx(() -> ((Label) pane.root().lookup("#analysis-status")).getText()))
                .contains("Communs × Modèles hybrides public\\/marché");
    }

    @Test
    void exportsTheChartAndTheTableWithTheirProvenance() throws Exception {
        AnalysisExports.Content content = fx(pane::content);
        Path svg = dir.resolve("heatmap.svg");
        Path png = dir.resolve("heatmap.png");
        Path xlsx = dir.resolve("table.xlsx");
        AnalysisExports.write(content, AnalysisExports.Format.SVG, svg);
        AnalysisExports.write(content, AnalysisExports.Format.PNG, png);
        AnalysisExports.write(content, AnalysisExports.Format.XLSX, xlsx);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("name=\"order\" value=\"tree\"");
        assertThat(Files.size(png)).isPositive();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("co-occurrence").getRow(0).getLastCellNum()).isEqualTo((short) 30);
        }
    }
}
