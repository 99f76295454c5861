package org.glose.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ImportOutcome;
import org.glose.importer.ProjectImporter;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of 100 MB and more, and zip bombs: imported within the test JVM's heap (-Xmx2g) or refused with the
 * limit named, the process alive and the project consistent afterwards (it reopens with the good files).
 */
class LargeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aTextFileOf114MegabytesImportsAndAFileAboveTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = HostileFiles.largeText(dir.resolve("corpus-114-mo.txt"), 114);
        long hugeMb = (ProjectImporter.maxFileBytes() >> 20) + 50;
        Path huge = HostileFiles.sparse(dir.resolve("trop-grand.txt"), hugeMb << 20);
        Path good = Files.copy(HostileFiles.sample("offre-de-stage.txt"), dir.resolve("bon.txt"));
        Path folder = dir.resolve("project");
        try (OpenProject p = new OpenProject(H2ProjectStore.create(folder, "Gros"))) {
            List<ImportOutcome> outcomes = new ProjectImporter(p, DocumentReaders.load())
                    .importFiles(List.of(big, huge, good), Progress.NONE, new Cancellation());
            HostileCorpusTest.report(outcomes);
            assertThat(outcomes.get(0).status()).as(outcomes.get(0).message())
                    .isEqualTo(ImportOutcome.Status.IMPORTED);
            assertThat(outcomes.get(0).document().length()).isGreaterThan(110_000_000);
            long limitMb = ProjectImporter.maxFileBytes() >> 20;
            assertThat(outcomes.get(1).message()).isEqualTo("trop-grand.txt is refused: at " + hugeMb
                    + " MB it is larger than the " + limitMb + " MB Glose imports in one file (split it, or start "
                    + "Glose with more memory).");
            assertThat(outcomes.get(2).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).extracting(Document::name).containsExactly("bon.txt", "corpus-114-mo.txt");
            String start = p.read(tx -> tx.documents().text(documents.get(1).id()).substring(0, 16));
            assertThat(start).isEqualTo("Ligne de corpus ");
        }
    }

    @Test
    void zipBombsOfOneGigabyteAreRefusedAndTheProcessGoesOn() throws Exception {
        Path docx = HostileFiles.bomb(dir.resolve("bombe.docx"), true, 1L << 30);
        Path odt = HostileFiles.bomb(dir.resolve("bombe.odt"), false, 1L << 30);
        assertThat(Files.size(docx)).isLessThan(5L << 20);
        Path good = Files.copy(HostileFiles.sample("offre-de-stage.docx"), dir.resolve("bon.docx"));
        try (OpenProject p = new OpenProject(H2ProjectStore.create(dir.resolve("project"), "Bombes"))) {
            List<ImportOutcome> outcomes = new ProjectImporter(p, DocumentReaders.load())
                    .importFiles(List.of(docx, odt, good), Progress.NONE, new Cancellation());
            HostileCorpusTest.report(outcomes);
            assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.REFUSED,
                    ImportOutcome.Status.REFUSED, ImportOutcome.Status.IMPORTED);
            assertThat(outcomes.get(0).message()).startsWith("bombe.docx is refused: ").contains("(a zip bomb)").endsWith(".");
            assertThat(outcomes.get(1).message()).startsWith("bombe.odt is refused: ").contains("(a zip bomb)").endsWith(".");
            List<Document> documents = p.read(tx -> tx.documents().list());
            assertThat(documents).extracting(Document::name).containsExactly("bon.docx");
        }
    }
}
