package org.glose.importer.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskCancelledException;
import org.glose.importer.SampleCorpus;
import org.glose.importer.spreadsheet.TableImportChoice.Layout;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableImporterTest {

    private static final TableImportChoice RESPONDENTS = new TableImportChoice(Layout.DOCUMENT_PER_ROW,
            "Pourquoi partagez-vous vos données ?", "Répondant", "A", List.of("âge", "C"));

    @TempDir
    Path folder;
    private OpenProject project;
    private TableImporter importer;

    @BeforeEach
    void open() {
        project = new OpenProject(H2ProjectStore.create(folder.resolve("projet"), "Enquête"));
        importer = new TableImporter(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private TableImportResult run(TableImporter.TableFile file, TableImportChoice choice) {
        return importer.importTable(file, file.table(TableOptions.DEFAULT), choice, Progress.NONE, new Cancellation());
    }

    private TableImporter.TableFile xlsx() {
        return TableImporter.open(SurveyFixtures.write(folder, "enquête.xlsx", SurveyFixtures.xlsx()));
    }

    private List<Document> documents() {
        List<Document> documents = project.read(tx -> tx.documents().list());
        return documents;
    }

    private List<org.glose.core.model.ProjectCase> cases() {
        List<org.glose.core.model.ProjectCase> cases = project.read(tx -> tx.cases().list());
        return cases;
    }

    /** case name -> attribute name -> value. */
    private Map<String, Map<String, String>> attributes() {
        Map<String, Map<String, String>> values = project.read(tx -> {
            Map<Long, String> cases = tx.cases().list().stream()
                    .collect(Collectors.toMap(c -> c.id(), c -> c.name()));
            Map<Long, String> names = tx.cases().attributes().stream()
                    .collect(Collectors.toMap(a -> a.id(), a -> a.name()));
            return tx.cases().values().stream().collect(Collectors.groupingBy(v -> cases.get(v.caseId()),
                    Collectors.toMap(v -> names.get(v.attributeId()), v -> v.value())));
        });
        return values;
    }

    @Test
    void eachRespondentBecomesADocumentInItsCaseWithItsAttributes() {
        TableImportResult result = run(xlsx(), RESPONDENTS);

        assertThat(result.documents()).extracting(Document::name).containsExactly("R01", "R02", "R04", "R05");
        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(result.summary("enquête.xlsx")).isEqualTo("Imported 4 document(s) from enquête.xlsx, in 4 case(s) "
                + "with 7 attribute value(s); 1 row(s) without text skipped.");
        String text = project.read(tx -> tx.documents().text(result.documents().get(2).id()));
        assertThat(text).isEqualTo("Je ne sais pas.\nPeut-être par habitude.");
        assertThat(result.documents()).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo("xlsx");
            assertThat(d.originalName()).isEqualTo("enquête.xlsx");
            assertThat(d.language()).isEqualTo("fr");
        });
        String original = new String(project.read(tx -> tx.documents().original(result.documents().get(0).id())),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(original).isEqualTo("Répondant,Âge,Genre,Pourquoi partagez-vous vos données ?\r\n"
                + "R01,34,femme,Pour la transparence de l’État.\r\n");
        assertThat(attributes()).isEqualTo(Map.of("R01", Map.of("Âge", "34", "Genre", "femme"),
                "R02", Map.of("Âge", "51", "Genre", "homme"), "R04", Map.of("Âge", "42"),
                "R05", Map.of("Âge", "67", "Genre", "homme")));
        List<Long> inCase = project.read(tx -> tx.cases().documentsOf(tx.cases().byName("R04").orElseThrow().id()));
        assertThat(inCase).containsExactly(result.documents().get(2).id());
    }

    @Test
    void theImportIsOneUndoableAction() {
        run(xlsx(), RESPONDENTS);

        assertThat(project.undo()).contains("Import table “enquête.xlsx”");
        assertThat(documents()).isEmpty();
        assertThat(attributes()).isEmpty();
        assertThat(cases()).isEmpty();
        List<org.glose.core.model.Attribute> attributeNames = project.read(tx -> tx.cases().attributes());
        assertThat(attributeNames).isEmpty();

        project.redo();
        assertThat(documents()).extracting(Document::name).containsExactly("R01", "R02", "R04", "R05");
        assertThat(attributes()).containsKeys("R01", "R02", "R04", "R05");
    }

    @Test
    void rowsWithoutANameColumnAreNamedAfterTheFileAndRowAndMayJoinCasesByAnIdColumn() {
        TableImportChoice choice = new TableImportChoice(Layout.DOCUMENT_PER_ROW, "D", null, null, List.of("Genre"));

        TableImportResult result = run(xlsx(), choice);

        assertThat(result.documents()).extracting(Document::name)
                .containsExactly("enquête-row-2", "enquête-row-3", "enquête-row-5", "enquête-row-7");
        assertThat(attributes()).containsOnlyKeys("enquête-row-2", "enquête-row-3", "enquête-row-7");
    }

    @Test
    void aWindows1252CsvColumnBecomesOneDocumentWithOneParagraphPerAnswer() {
        String csv = "Id;Réponse\r\n1;\"Première réponse,\r\nsur deux lignes\"\r\n2;\r\n3;Troisième : l'État\r\n";
        TableImporter.TableFile file = TableImporter.open(SurveyFixtures.write(folder, "verbatims.csv",
                csv.getBytes(Charset.forName("windows-1252"))));

        TableImportResult result = run(file, new TableImportChoice(Layout.DOCUMENT_PER_COLUMN, "Réponse", null, null,
                List.of()));

        assertThat(result.documents()).extracting(Document::name).containsExactly("verbatims - Réponse");
        String text = project.read(tx -> tx.documents().text(result.documents().get(0).id()));
        assertThat(text).isEqualTo("Première réponse, sur deux lignes\nTroisième : l'État");
        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(cases()).isEmpty();
    }

    @Test
    void anOdsSheetImportsLikeAnyTable() {
        TableImporter.TableFile file = TableImporter.open(SurveyFixtures.write(folder, "terrain.ods", SurveyFixtures.ods()));
        Table table = file.table(new TableOptions("Enquête", null, null));

        TableImportResult result = importer.importTable(file, table, new TableImportChoice(Layout.DOCUMENT_PER_ROW,
                "Verbatim", "Id", null, List.of("Site")), Progress.NONE, new Cancellation());

        assertThat(result.documents()).extracting(Document::name).containsExactly("A1", "B2");
        assertThat(attributes()).isEqualTo(Map.of("A1", Map.of("Site", "Tarbes"), "B2", Map.of("Site", "B2")));
    }

    @Test
    void refusesABadChoiceInOneSentenceAndImportsNothing() {
        TableImporter.TableFile file = xlsx();

        assertThatThrownBy(() -> run(file, new TableImportChoice(Layout.DOCUMENT_PER_ROW, "Réponse", null, null, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("The table has no column “Réponse”; its columns "
                        + "are A “Répondant”, B “Âge”, C “Genre”, D “Pourquoi partagez-vous vos données ?”.");
        assertThatThrownBy(() -> run(file, new TableImportChoice(Layout.DOCUMENT_PER_ROW, "D", "Genre", null, List.of())))
                .hasMessage("Rows 3 and 7 would both make a document named “homme”; choose a name column whose "
                        + "values differ.");
        assertThatThrownBy(() -> run(file, new TableImportChoice(Layout.DOCUMENT_PER_ROW, "D", null, "Genre",
                List.of("Âge")))).hasMessage("Rows 3 and 7 give the case “homme” two values for “Âge” (“51” and “67”).");
        assertThatThrownBy(() -> run(file, new TableImportChoice(Layout.DOCUMENT_PER_COLUMN, "D", null, null,
                List.of("Âge")))).hasMessage("A name column, a case column and attributes need one document per row.");
        assertThatThrownBy(() -> run(file, new TableImportChoice(Layout.DOCUMENT_PER_ROW, "D", null, null, List.of("D"))))
                .hasMessage("The text column “Pourquoi partagez-vous vos données ?” cannot also be an attribute.");
        assertThat(documents()).isEmpty();
        assertThat(project.history().nextUndo()).isEmpty();
    }

    @Test
    void refusesToImportTheSameRowsTwice() {
        run(xlsx(), RESPONDENTS);

        assertThatThrownBy(() -> run(xlsx(), RESPONDENTS)).hasMessage("A document named “R01” is already in the "
                + "project (was the table imported before?); nothing was imported.");
        assertThat(documents()).hasSize(4);
    }

    @Test
    void aFailureInsideTheCommandRollsEverythingBack() {
        TableImporter.TableFile file = xlsx();
        TableImportPlan plan = importer.plan(file, file.table(TableOptions.DEFAULT), RESPONDENTS);
        byte[] bytes = "Autre".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        project.execute(new org.glose.core.document.AddDocument(new org.glose.core.model.NewDocument("R04", "txt",
                "R04.txt", bytes, "sha", "Autre", null, "UTF-8", "fr")));

        assertThatThrownBy(() -> project.execute(new AddTableDocuments("Import", plan, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("R04");
        assertThat(documents()).extracting(Document::name).containsExactly("R04");
        assertThat(cases()).isEmpty();
    }

    @Test
    void cancellingImportsNothing() {
        TableImporter.TableFile file = xlsx();
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();

        assertThatThrownBy(() -> importer.importTable(file, file.table(TableOptions.DEFAULT), RESPONDENTS,
                Progress.NONE, cancelled)).isInstanceOf(TaskCancelledException.class);
        assertThat(documents()).isEmpty();
    }

    @Test
    void refusesFilesThatAreNotWhatTheirNameSays() {
        Path disguised = SurveyFixtures.write(folder, "réponses.csv", SurveyFixtures.xlsx());
        Path document = SurveyFixtures.write(folder, "notes.ods", SampleCorpus.bytes("offre-de-stage", "odt"));

        assertThatThrownBy(() -> TableImporter.open(disguised)).isInstanceOf(InvalidInputException.class)
                .hasMessage("réponses.csv is refused: it is really an Excel workbook (.xlsx), not a CSV file: "
                        + "rename it to .xlsx to import it.");
        assertThatThrownBy(() -> TableImporter.open(document)).hasMessage("notes.ods is refused: it is really an "
                + "OpenDocument text (.odt), not an ODS file: rename it to .odt to import it.");
        assertThatThrownBy(() -> TableImporter.open(folder.resolve("absent.xlsx")))
                .hasMessage("absent.xlsx is refused: the file does not exist.");
        assertThatThrownBy(() -> TableImporter.open(folder.resolve("notes.txt")))
                .hasMessage("notes.txt is refused: it is not a table (Glose reads csv, ods, tsv, xls, xlsx files as "
                        + "tables).");
    }
}
