package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files written by NVivo, MAXQDA, ATLAS.ti and qc (shared/refi-qda/samples, never copied into the project):
 * each test is skipped with a message when that folder is absent.
 */
class VendorSamplesTest {

    @TempDir
    Path dir;

    private LossReport importSample(String name) {
        return RefiFixtures.importQdpx(RefiFixtures.vendorSample(name), dir.resolve("out"));
    }

    @Test
    void nvivoWindows() {
        LossReport r = importSample("nvivo-win-12.6.qdpx");
        assertThat(List.of(r.codes(), r.sources(), r.codings())).containsExactly(152, 2, 303);
        assertThat(r.skipped()).extracting(LossReport.Skipped::what)
                .containsExactly("1 code marked as not codable (folders)");
        assertThat(r.remarks()).anyMatch(s -> s.contains("UTF-16"));
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            // read as UTF-16 units, the coded passages start and end on word edges despite ~890 emoji
            List<Document> docs = p.read(tx -> tx.documents().list());
            int edges = 0;
            int onBoundary = 0;
            for (Document d : docs) {
                String text = p.read(tx -> tx.documents().text(d.id()));
                assertThat(text).doesNotStartWith("\uFEFF").contains("\r\n");
                List<Coding> codings = p.read(tx -> tx.codings().list(CodingFilter.ofDocument(d.id())));
                for (Coding c : codings) {
                    edges += 2;
                    onBoundary += (boundary(text, c.range().start()) ? 1 : 0) + (boundary(text, c.range().end()) ? 1 : 0);
                }
            }
            assertThat(onBoundary).isGreaterThan(edges * 95 / 100);
            assertThat(docs).extracting(Document::format).containsOnly("docx");
        }
    }

    private static boolean boundary(String text, int i) {
        return i == 0 || i == text.length() || !Character.isLetterOrDigit(text.codePointBefore(i))
                || !Character.isLetterOrDigit(text.codePointAt(i));
    }

    @Test
    void maxqda() {
        LossReport r = importSample("maxqda-24.7.qdpx");
        assertThat(List.of(r.codes(), r.sources(), r.codings())).containsExactly(307, 10, 0);
        assertThat(r.skipped()).extracting(LossReport.Skipped::what).allMatch(w -> w.contains("set"));
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            List<String> codes = RefiFixtures.codeLines(p);
            assertThat(codes).allMatch(l -> l.contains("#EF8256") || l.matches(".*#[0-9A-F]{6}.*"));
            assertThat(codes.get(0)).contains("This category encompasses");
        }
    }

    @Test
    void qc() {
        LossReport r = importSample("qc-1.3.2.qdpx");
        assertThat(List.of(r.codes(), r.sources(), r.codings())).containsExactly(262, 2, 205);
        assertThat(r.skipped()).isEmpty();
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            List<Document> docs = p.read(tx -> tx.documents().list());
            assertThat(docs).extracting(Document::name)
                    .containsExactlyInAnyOrder("admin-1", "board_2017");
        }
    }

    @Test
    void atlasTi() {
        LossReport r = importSample("atlasti-win-23.2.qdpx");
        assertThat(List.of(r.codes(), r.sources(), r.codings())).containsExactly(3, 0, 0);
        try (OpenProject p = RefiFixtures.open(dir.resolve("out"))) {
            List<org.glose.core.model.Coder> coders = p.read(tx -> tx.coders().list());
            assertThat(coders).hasSize(2);
            assertThat(p.name()).isEqualTo("target-atlas-project");
        }
    }

    @Test
    void taguetteCodebookThatDoesNotValidateIsStillRead() throws Exception {
        Path qdc = RefiFixtures.vendorSample("taguette-1.4.1.qdc");
        try (var in = java.nio.file.Files.newInputStream(qdc)) {
            var book = org.glose.interchange.codebook.QdcReader.read(in, "taguette-1.4.1.qdc");
            assertThat(book.codes()).extracting(org.glose.core.coding.MergeCodebook.Entry::name)
                    .containsExactly("xsd:element name", "CodeBook", "Variables");
        }
    }

    @Test
    void everySampleSurvivesAnExportAndReimport() {
        for (String name : List.of("nvivo-win-12.6.qdpx", "maxqda-24.7.qdpx", "qc-1.3.2.qdpx",
                "atlasti-win-23.2.qdpx")) {
            Path first = dir.resolve(name + "-1");
            RefiFixtures.importQdpx(RefiFixtures.vendorSample(name), first);
            Path qdpx = dir.resolve(name + "-again.qdpx");
            List<String> codings;
            List<String> codes;
            try (OpenProject p = RefiFixtures.open(first)) {
                codings = RefiFixtures.codingLines(p);
                codes = RefiFixtures.codeLines(p);
                RefiFixtures.export(p, qdpx, QdpxRoundTripTest.CLOCK);
            }
            RefiFixtures.assertValid(entry(qdpx), "Project-mrt2019.xsd");
            Path second = dir.resolve(name + "-2");
            RefiFixtures.importQdpx(qdpx, second);
            try (OpenProject p = RefiFixtures.open(second)) {
                assertThat(RefiFixtures.codingLines(p)).as(name).isEqualTo(codings);
                assertThat(RefiFixtures.codeLines(p)).as(name).isEqualTo(codes);
            }
        }
    }

    private static byte[] entry(Path qdpx) {
        try {
            return RefiFixtures.entry(qdpx, "project.qde");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
