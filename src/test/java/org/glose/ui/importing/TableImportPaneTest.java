package org.glose.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.OpenProject;
import org.glose.importer.spreadsheet.TableImportResult;
import org.glose.store.H2ProjectStore;
import org.glose.ui.testing.BackgroundRunner;
import org.glose.ui.testing.FxThreadGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The spreadsheet column choice alone, headless, on a survey made in the test; the project is read off the FX thread. */
@Tag("ui")
class TableImportPaneTest extends FxRobot {

    @TempDir
    Path dir;
    OpenProject project;
    TableImportPane pane;
    final List<TableImportResult> imported = new CopyOnWriteArrayList<>();
    final AtomicInteger closed = new AtomicInteger();
    final List<String> onFxThread = new CopyOnWriteArrayList<>();
    final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void show(Path file) throws Exception {
        project = new OpenProject(new FxThreadGuard(H2ProjectStore.create(dir.resolve("p"), "Enquête"), onFxThread));
        FxToolkit.setupStage(stage -> {
            pane = new TableImportPane(project, file, runner, imported::add, closed::incrementAndGet);
            stage.setScene(new Scene(pane, 700, 600));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        if (project != null) {
            project.close();
        }
        assertThat(onFxThread).as("project work on the FX thread").isEmpty();
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path survey() throws Exception {
        Object[][] answers = {{"Répondant", "Âge", "Pourquoi partagez-vous vos données ?"},
            {"R01", 34, "Pour la transparence de l’État, surtout pour les communs numériques."},
            {"R02", 51, ""}, {"R03", 29, "Par confiance envers la collectivité et ses élus."}};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Réponses");
            for (int r = 0; r < answers.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < answers[r].length; c++) {
                    if (answers[r][c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue((String) answers[r][c]);
                    }
                }
            }
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Rien");
            workbook.write(out);
            return Files.write(dir.resolve("enquête.xlsx"), out.toByteArray());
        }
    }

    private void awaitPreview(String start) throws Exception {
        await(() -> pane.preview.getText().startsWith(start));
    }

    @Test
    void eachRespondentBecomesADocumentInACaseWithTheTickedAttributes() throws Exception {
        show(survey());
        awaitPreview("2 document(s) will be created");
        assertThat(pane.textColumn.getValue()).isEqualTo("C — Pourquoi partagez-vous vos données ?");
        assertThat(pane.sheet.getItems()).containsExactly("Réponses", "Notes");

        interact(() -> pane.nameColumn.setValue("A — Répondant"));
        clickOn(pane.attributes.getChildren().get(1));
        awaitPreview("2 document(s) will be created, in 2 case(s) with 2 attribute value(s); 1 row(s) without text");
        clickOn("#table-import-run");
        await(() -> !imported.isEmpty());

        assertThat(imported.get(0).summary("enquête.xlsx")).isEqualTo("Imported 2 document(s) from enquête.xlsx, "
                + "in 2 case(s) with 2 attribute value(s); 1 row(s) without text skipped.");
        assertThat(closed.get()).isEqualTo(1);
        List<Document> documents = project.read(tx -> tx.documents().list());
        assertThat(documents).extracting(Document::name).containsExactly("R01", "R03");
        List<ProjectCase> cases = project.read(tx -> tx.cases().list());
        assertThat(cases).extracting(ProjectCase::name).containsExactly("R01", "R03");
    }

    @Test
    void oneDocumentForTheColumnDisablesThePerRowChoices() throws Exception {
        show(survey());
        awaitPreview("2 document(s)");

        clickOn(pane.perColumn);
        awaitPreview("1 document(s) will be created; 1 row(s) without text will be skipped.");

        assertThat(pane.nameColumn.isDisabled()).isTrue();
        assertThat(pane.caseColumn.isDisabled()).isTrue();
        assertThat(pane.attributes.isDisabled()).isTrue();
        clickOn("#table-import-run");
        await(() -> !imported.isEmpty());
        String text = project.read(tx -> tx.documents().text(tx.documents().list().get(0).id()));
        assertThat(text).isEqualTo("Pour la transparence de l’État, surtout pour les communs numériques.\n"
                + "Par confiance envers la collectivité et ses élus.");
    }

    @Test
    void aChoiceThatCannotWorkSaysWhyAndCannotBeImported() throws Exception {
        show(survey());
        awaitPreview("2 document(s)");

        interact(() -> pane.textColumn.setValue("A — Répondant"));
        clickOn(pane.attributes.getChildren().get(0));
        await(() -> pane.preview.getText().startsWith("The text column"));

        assertThat(pane.preview.getText()).isEqualTo("The text column “Répondant” cannot also be an attribute.");
        assertThat(pane.importButton.isDisabled()).isTrue();
    }

    @Test
    void aFileThatIsNotATableIsRefusedInOneSentence() throws Exception {
        Path fake = Files.writeString(dir.resolve("réponses.xlsx"), "pas un classeur");
        show(fake);

        await(() -> pane.preview.getText().contains("refused"));

        assertThat(pane.preview.getText()).isEqualTo("réponses.xlsx is refused: it is not a valid XLSX file.");
        assertThat(pane.importButton.isDisabled()).isTrue();
        clickOn("Cancel");
        assertThat(closed.get()).isEqualTo(1);
        assertThat(imported).isEmpty();
    }

    @Test
    void attributeBoxesFollowTheColumns() throws Exception {
        show(survey());
        awaitPreview("2 document(s)");

        assertThat(pane.attributes.getChildren()).extracting(n -> ((CheckBox) n).getText())
                .containsExactly("A — Répondant", "B — Âge", "C — Pourquoi partagez-vous vos données ?");
    }
}
