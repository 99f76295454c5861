package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.ImportOutcome.Status;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A researcher's batch: every format of the sample corpus, with the usual bad files mixed in. */
class ProjectImporterTest {

    private static final List<String> FORMATS = List.of("txt", "docx", "pdf", "doc", "odt", "rtf", "html", "md");

    @TempDir
    Path folder;
    private OpenProject project;
    private ProjectImporter importer;

    @BeforeEach
    void open() {
        project = new OpenProject(H2ProjectStore.create(folder.resolve("projet"), "Corpus"));
        importer = new ProjectImporter(project, DocumentReaders.load());
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    @Test
    void importsABatchMixingEveryFormatAndRefusesTheBadFilesOneSentenceEach() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String format : FORMATS) {
            files.add(file("offre-de-stage." + format, SampleCorpus.bytes("offre-de-stage", format)));
        }
        files.add(file("rapport.docx", SampleCorpus.bytes("offre-de-stage", "pdf")));
        files.add(file("ancien.doc", SampleCorpus.bytes("offre-de-stage", "docx")));
        files.add(file("vide.odt", new byte[0]));
        files.add(file("abîmé.rtf", "pas du RTF".getBytes(StandardCharsets.UTF_8)));
        files.add(file("enquête.xlsx", new byte[] {1}));
        files.add(file("diapos.pptx", new byte[] {1}));
        files.add(file("nul.txt", "avant\u0000après".getBytes(StandardCharsets.UTF_8)));

        List<ImportOutcome> outcomes = importer.importFiles(files, Progress.NONE, new Cancellation());

        assertThat(outcomes.subList(0, FORMATS.size())).allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.IMPORTED));
        assertThat(outcomes.subList(FORMATS.size(), outcomes.size())).extracting(ImportOutcome::message).containsExactly(
                "rapport.docx is refused: it is really a PDF file, not a DOCX file: rename it to .pdf to import it.",
                "ancien.doc is refused: it is really a Word document (.docx), not a DOC file: rename it to .docx to "
                        + "import it.",
                "vide.odt is refused: it is empty.",
                "abîmé.rtf is refused: it is not a valid RTF file.",
                "enquête.xlsx is refused: it is a table, imported by choosing its text column (“glose import-table”, "
                        + "or the window's import dialog).",
                "diapos.pptx is refused: Glose cannot import this kind of file (it reads doc, docx, epub, htm, html, "
                        + "markdown, md, odt, pdf, rtf, text, txt, xhtml).",
                "Imported nul.txt (10 characters).");
        assertThat(outcomes.get(outcomes.size() - 1).warnings())
                .containsExactly("1 control character (such as NUL) was removed from the text.");
        List<Document> documents = project.read(tx -> tx.documents().list());
        assertThat(documents).extracting(Document::format).containsExactlyInAnyOrder("txt", "docx", "pdf", "doc",
                "odt", "rtf", "html", "md", "txt");
        assertThat(documents).filteredOn(d -> !d.format().equals("pdf")).extracting(Document::pages).containsOnlyNulls();
        for (Document document : documents) {
            String text = project.read(tx -> tx.documents().text(document.id()));
            if (!document.name().equals("nul.txt")) {
                assertThat(text).as(document.name()).contains("Université de Technologie Tarbes Occitanie Pyrénées");
            }
        }
    }

    @Test
    void aFileImportedTwiceIsSkipped() throws Exception {
        Path odt = file("offre-de-stage.odt", SampleCorpus.bytes("offre-de-stage", "odt"));

        importer.importFile(odt);
        ImportOutcome again = importer.importFile(odt);

        assertThat(again.status()).isEqualTo(Status.SKIPPED);
    }
}
