package org.glose.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.glose.core.analysis.ProjectReport;
import org.glose.core.analysis.ProjectReports;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.project.OpenProject;
import org.glose.sample.SampleProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project report of the sample project, written as HTML and DOCX and read back. */
class ReportTest {

    @TempDir
    static Path dir;
    static OpenProject project;
    static ProjectReport report;

    @BeforeAll
    static void sample() {
        project = SampleProject.create(dir.resolve("sample"));
        report = ProjectReports.report(project, AnalysisFilter.ALL,
                new CoOccurrenceOptions(CoOccurrenceUnit.DOCUMENT, 0, Measure.JACCARD, true), "0.1.0");
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @Test
    void htmlIsOneSelfContainedFileWithEverySection() throws Exception {
        Path file = dir.resolve("report.html");
        HtmlReport.write(report, file);
        Document html = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(html.title()).contains(SampleProject.NAME);
        assertThat(html.select("h2").eachText()).containsExactly("Codebook", "Counts per code and document",
                "Co-occurrence", "Coded extracts", "Provenance");
        // no external resource: no script, stylesheet link or remote image
        assertThat(html.select("script, link, img, iframe")).isEmpty();
        // the codebook with its definitions
        assertThat(html.select("dl.codebook dt").eachText()).anyMatch(t -> t.startsWith("■ Communs › 4. Surveillance"));
        assertThat(html.select("dl.codebook dd").text()).contains("Elinor Ostrom");
        // counts per code and document: 46 codings in all
        var counts = html.select("#counts + p + table tr");
        assertThat(counts.get(0).select("th").eachText()).contains("offre-de-stage.docx", "total");
        // the heatmap inline, and the table with undefined values shown as —
        assertThat(html.select("figure svg")).hasSize(1);
        assertThat(html.select("td.u").eachText()).allMatch("—"::equals);
        // extracts per code, with document, range and coder
        assertThat(html.select("blockquote")).hasSize(46);
        assertThat(html.select("blockquote .where").eachText())
                .anyMatch(t -> t.startsWith("ingechef-data-gouv-terr.txt [") && t.endsWith("yanis"));
        // provenance
        assertThat(html.select("#provenance ~ table th").eachText()).contains("glose.version", "data.sha256",
                "unit", "measure", "subcodes");
    }

    @Test
    void docxHoldsTheCodebookAndThePassages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReport.write(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("Communs", "Communs › 4. Surveillance");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("« Sans surveillance mutuelle"));
            assertThat(paragraphs.get(paragraphs.size() - 1)).contains("data.sha256 = ");
        }
    }
}
