package org.glose.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.store.H2ProjectStore;
import org.glose.store.RawCodingRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs on make_workload.py's own files when given them, and its raw co-occurrence counts match. */
class PeerInputsTest {

    @TempDir
    Path dir;

    /** A folder laid out as make_workload.py writes it, with two short texts and four codings. */
    static Path peerFolder(Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("workload"));
        Files.createDirectories(folder.resolve("corpus-small"));
        Files.writeString(folder.resolve("corpus-small/note.txt"), "Une note sur les données.");
        Files.createDirectories(folder.resolve("corpus-200"));
        String text = "Les données des territoires sont partagées entre les communes. ".repeat(10);
        Files.writeString(folder.resolve("corpus-200/doc-001.txt"), text);
        Files.writeString(folder.resolve("corpus-200/doc-002.txt"), text);
        Files.writeString(folder.resolve("codebook.json"), """
                {"seed": 1, "codes": [{"name": "Open data", "color": "#81BEF7"},
                 {"name": "Mobilité", "color": "#58ACFA"}, {"name": "Freins", "color": "#F7D358"}]}
                """);
        // Overlapping pairs of different codes: 0-100/50-150, 0-100/0-100 (double coding), 50-150/100-200;
        // 0-100 and 100-200 only touch, and two codings of one code never count: 3 pairs.
        Files.writeString(folder.resolve("codings-16k.csv"), """
                document,start,end,code,coder
                doc-001.txt,0,100,Open data,claire
                doc-001.txt,50,150,Mobilité,malik
                doc-001.txt,100,200,Freins,claire
                doc-001.txt,0,100,Mobilité,sophie
                doc-002.txt,300,400,Freins,claire
                """);
        return folder;
    }

    @Test
    void theCorpusProjectHoldsThePeerFilesCodesAndCodings() throws Exception {
        PeerInputs peer = PeerInputs.of(peerFolder(dir));

        Path project = CorpusProject.build(dir.resolve("files"), dir.resolve("project"), 10, peer);

        try (OpenProject p = new OpenProject(H2ProjectStore.open(project))) {
            List<Document> documents = p.read(tx -> tx.documents().list());
            List<Code> codes = p.read(tx -> tx.codes().list());
            assertThat(documents).extracting(Document::name)
                    .containsExactlyInAnyOrder("doc-001.txt", "doc-002.txt");
            assertThat(codes).extracting(Code::name)
                    .containsExactlyInAnyOrder("Open data", "Mobilité", "Freins");
        }
        try (RawCodingRows rows = new RawCodingRows(project, dir.resolve("raw"))) {
            assertThat(rows.read().size()).isEqualTo(5);
            assertThat(RawCoOccurrence.count(rows)).isEqualTo(3);
        }
        assertThat(peer.sampleFiles()).extracting(f -> f.getFileName().toString()).containsExactly("note.txt");
    }

    @Test
    void aFolderMakeWorkloadDidNotWriteIsRefusedNamingWhatIsMissing() throws Exception {
        Path folder = peerFolder(dir);
        Files.delete(folder.resolve("codebook.json"));

        assertThatThrownBy(() -> PeerInputs.of(folder)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no codebook.json");
    }

    @Test
    void theDocxAndPdfCorpusHoldTheStudyTextAndThePdfsAreTheSameBytesEveryRun() {
        List<Path> first = OfficeCorpus.pdf(dir.resolve("a"), 2);
        List<Path> again = OfficeCorpus.pdf(dir.resolve("b"), 2);
        List<Path> docx = OfficeCorpus.docx(dir.resolve("c"), 1);

        assertThat(first.get(1)).hasSameBinaryContentAs(again.get(1));
        String pdfText = RawExtraction.text(first.get(1));
        assertThat(pdfText.length()).isGreaterThan(OfficeCorpus.PDF_SIZE * 9 / 10);
        String firstWords = SyntheticCorpus.fromBundledStudy().document(0, 100).substring(0, 40);
        assertThat(RawExtraction.text(docx.get(0))).startsWith(firstWords);
        assertThat(RawExtraction.text(first.get(0)).replaceAll("\\s+", " "))
                .startsWith(firstWords.replaceAll("\\s+", " "));
    }
}
