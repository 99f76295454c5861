package org.glose.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.matrix.MatrixOptions.Percent;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.project.OpenProject;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The matrix pane alone on the sample project with a role attribute: cells, percentages, attribute columns. */
@Tag("ui")
class MatrixPaneTest extends FxRobot {

    @TempDir
    static Path shared;
    static Path folder;

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<Passage> opened = new CopyOnWriteArrayList<>();
    private PaneFixture fixture;
    private MatrixPane pane;

    @BeforeAll
    static void sample() {
        folder = shared.resolve("sample");
        try (OpenProject p = SampleProject.create(folder)) {
            long offer = p.read(tx -> tx.documents().byName("offre-de-stage.docx")).orElseThrow().id();
            long study = p.read(tx -> tx.documents().byName("ingechef-data-gouv-terr.txt")).orElseThrow().id();
            p.execute(new AssignCase("Offre", offer));
            p.execute(new AssignCase("Étude", study));
            p.execute(new ImportAttributes(List.of(new AttributeRow(2, "Offre", "role", "agent"),
                    new AttributeRow(3, "Étude", "role", "chercheur"))));
        }
    }

    @BeforeEach
    void show() throws Exception {
        fixture = new PaneFixture(folder, violations);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            pane = new MatrixPane(() -> fixture.project, fixture.runner, opened::add);
            stage.setScene(new Scene((Parent) pane.root(), 1000, 700));
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

    @SuppressWarnings("unchecked")
    private <T> ChoiceBox<T> choice(String id) {
        return (ChoiceBox<T>) pane.root().lookup(id);
    }

    /** Row of Communs in the codebook (depth-first): Panoptique … Modèles hybrides, Communs. */
    private static final int COMMUNS = 8;

    @Test
    void codesByDocumentAndTheirCodings() throws Exception {
        // columns: conference (pdf), ingechef (txt), offre (docx)
        assertThat(fx(() -> pane.heatmap().cell(COMMUNS, 0).getText())).isEqualTo("2");
        assertThat(fx(() -> pane.heatmap().cell(COMMUNS, 1).getText())).isEqualTo("1");
        Label cell = fx(() -> pane.heatmap().cell(COMMUNS, 0));
        interact(cell::requestFocus);
        clickOn(cell);
        awaitPane();
        assertThat(fx(() -> pane.passages().list().getItems())).hasSize(2)
                .allMatch(p -> p.documentName().equals("conference-plateformes-2019.pdf"));
        interact(() -> pane.passages().list().getSelectionModel().select(1));
        interact(() -> pane.passages().list().requestFocus());
        type(javafx.scene.input.KeyCode.ENTER);
        assertThat(opened).hasSize(1);
    }

    @Test
    void rowPercentagesAndAttributeColumns() throws Exception {
        interact(() -> this.<Percent>choice("#percent").setValue(Percent.ROW));
        awaitPane();
        assertThat(fx(() -> pane.heatmap().cell(COMMUNS, 0).getText())).isEqualTo("66.7");
        assertThat(fx(() -> this.<String>choice("#columns").getItems())).contains("Attribute: role");
        interact(() -> this.<String>choice("#columns").setValue("Attribute: role"));
        awaitPane();
        Label agent = fx(() -> pane.heatmap().cell(COMMUNS, 0));
        assertThat(agent.getAccessibleText()).startsWith("Communs × agent: ");
        // the report belongs to no case: it has its own column (2 of Communs' 3 codings)
        assertThat(fx(() -> pane.heatmap().cell(COMMUNS, 2).getAccessibleText()))
                .isEqualTo("Communs × (no value): 66.7");
    }
}
