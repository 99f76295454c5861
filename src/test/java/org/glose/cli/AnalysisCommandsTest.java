package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cooccurrence, matrix, frequency, report and the analysis formats of export, on the sample project. */
class AnalysisCommandsTest {

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void sample() {
        project = dir.resolve("sample");
        SampleProject.create(project).close();
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void cooccurrenceJsonIsTheMatrixInTheOrderOfCodes() {
        JsonNode json = Cli.run("cooccurrence", project, "--json").exits(0).json();
        assertThat(fields(json)).containsExactly("unit", "measure", "codes", "matrix");
        assertThat(json.get("unit").asText()).isEqualTo("overlap");
        assertThat(json.get("measure").asText()).isEqualTo("count");
        assertThat(json.get("codes")).hasSize(29);
        assertThat(json.get("codes").get(0).asText()).isEqualTo("Panoptique");
        JsonNode matrix = json.get("matrix");
        assertThat(matrix).hasSize(29);
        int communs = index(json, "Communs");
        int choix = index(json, "Communs/3. Choix collectifs");
        assertThat(matrix.get(communs).get(choix).asInt()).isEqualTo(matrix.get(choix).get(communs).asInt())
                .isEqualTo(3);   // two pairs in the report, one in the study
        assertThat(matrix.get(communs).get(communs).asInt()).isEqualTo(3);   // the diagonal: n
    }

    @Test
    void ratiosAreNumbersAndUndefinedIsNull() {
        JsonNode json = Cli.run("cooccurrence", project, "--unit", "document", "--measure", "jaccard",
                "--with-subcodes", "--json").exits(0).json();
        int communs = index(json, "Communs");
        int gouvernance = index(json, "Gouvernance des données");
        // Communs (with sub-codes) is in the report and the study, Gouvernance in the offer and the study: 1 / 3
        assertThat(json.get("matrix").get(communs).get(gouvernance).asDouble()).isEqualTo(1.0 / 3);
        int uncoded = index(json, "Communs/2. Règles adaptées aux conditions locales");
        assertThat(json.get("matrix").get(uncoded).get(uncoded).isNull()).isTrue();
    }

    @Test
    void humanOutputListsThePairsMostFirst() {
        String out = Cli.run("cooccurrence", project, "--coder", "yanis").exits(0).out();
        assertThat(out).startsWith("Co-occurrence of 29 code(s), unit overlap, measure count.");
        assertThat(out).contains("pair(s) of codes co-occur");
    }

    @Test
    void drillDownListsThePassagesWhereBothCodesOccur() {
        JsonNode passages = Cli.run("cooccurrence", project, "--unit", "document", "--with-subcodes",
                "--passages", "Communs", "Gouvernance des données", "--json").exits(0).json();
        assertThat(passages).isNotEmpty();
        assertThat(fields(passages.get(0))).containsExactly("document", "start", "end", "text");
        assertThat(passages.findValuesAsText("text"))
                .contains("il existe un problème général de confiance des acteurs vis-à-vis de la donnée");
        String text = Cli.run("cooccurrence", project, "--passages", "Communs", "Communs/3. Choix collectifs")
                .exits(0).out();
        assertThat(text).contains("conference-plateformes-2019.pdf", "3 passage(s) where Communs and");
    }

    @Test
    void csvXlsxSvgAndPngFiles() throws Exception {
        Path csv = dir.resolve("c.csv");
        Path xlsx = dir.resolve("c.xlsx");
        Path svg = dir.resolve("c.svg");
        Path png = dir.resolve("c.png");
        String out = Cli.run("cooccurrence", project, "--measure", "c", "--order", "cluster", "--csv=" + csv,
                "--xlsx", xlsx, "--svg", svg, "--png", png).exits(0).out();
        assertThat(out).contains("Wrote " + csv + ".", "Wrote " + png + ".");
        assertThat(Files.readAllLines(csv).get(0)).startsWith("code,");
        assertThat(Files.readString(dir.resolve("c.csv.provenance.txt"))).contains("order = cluster", "measure = c");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<glose:entry name=\"data.sha256\"");
        assertThat(Files.size(png)).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
            assertThat(book.getSheet("about")).isNotNull();
        }
        String stdout = Cli.run("cooccurrence", project, "--csv", "--tidy").exits(0).out();
        assertThat(stdout).startsWith("code_a,code_b,n_a,n_b,count\n").doesNotContain("Co-occurrence of");
    }

    @Test
    void badInputIsRefusedInOneSentence() {
        assertThat(Cli.run("cooccurrence", project, "--unit", "document", "--measure", "c").exits(2).err())
                .contains("use jaccard");
        assertThat(Cli.run("cooccurrence", project, "--unit", "sentence").exits(2).err())
                .isEqualTo("The unit \"sentence\" is not one of overlap, near, paragraph, document, case.\n");
        assertThat(Cli.run("cooccurrence", project, "--coder", "zoé").exits(2).err()).contains("no coder");
        assertThat(Cli.run("cooccurrence", project, "--distance", "x").exits(1).err()).isNotEmpty();
        assertThat(Cli.run("cooccurrence", project, "--svg", dir.resolve("missing/x.svg")).exits(2).err())
                .startsWith("Could not write the file");
        assertThat(Cli.run("cooccurrence", dir.resolve("nothing")).exits(3).err()).isNotEmpty();
    }

    @Test
    void matrixByDocumentWithPercentages() {
        JsonNode json = Cli.run("matrix", project, "--columns", "documents", "--percent", "row", "--json")
                .exits(0).json();
        assertThat(fields(json)).containsExactly("columns", "value", "percent", "codes", "headings", "matrix");
        assertThat(json.get("headings").toString()).isEqualTo("[\"conference-plateformes-2019.pdf\","
                + "\"ingechef-data-gouv-terr.txt\",\"offre-de-stage.docx\"]");
        JsonNode communs = json.get("matrix").get(index(json, "Communs"));
        assertThat(communs.get(0).asDouble() + communs.get(1).asDouble() + communs.get(2).asDouble())
                .isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
        int uncoded = index(json, "Communs/2. Règles adaptées aux conditions locales");
        assertThat(json.get("matrix").get(uncoded).get(0).isNull()).isTrue();   // 0 of 0: undefined
        String passages = Cli.run("matrix", project, "--passages", "Communs", "ingechef-data-gouv-terr.txt")
                .exits(0).out();
        assertThat(passages).contains("1 coding(s) of Communs");
        assertThat(Cli.run("matrix", project, "--columns", "attribute:role").exits(2).err())
                .contains("no case attribute");
    }

    @Test
    void frequencies() throws Exception {
        JsonNode codes = Cli.run("frequency", project, "--json").exits(0).json();
        assertThat(codes).hasSize(29);
        assertThat(fields(codes.get(0))).containsExactly("code", "depth", "codings", "documents", "characters");
        int total = 0;
        for (JsonNode c : codes) {
            total += c.get("codings").asInt();
        }
        assertThat(total).isEqualTo(46);
        JsonNode words = Cli.run("frequencies", project, "--words", "--limit", "5", "--json").exits(0).json();
        assertThat(words).hasSize(5);
        assertThat(fields(words.get(0))).containsExactly("word", "count", "documents");
        assertThat(words.findValuesAsText("word")).doesNotContain("les", "des", "the");
        JsonNode within = Cli.run("frequency", project, "--words", "--within", "Communs", "--with-subcodes",
                "--json").exits(0).json();
        assertThat(within.findValuesAsText("word")).contains("communauté");
        assertThat(Cli.run("frequency", project, "--words", "--codes").exits(1).err()).isNotEmpty();
        Path cloud = dir.resolve("cloud.svg");
        Cli.run("frequency", project, "--words", "--cloud", "--svg", cloud).exits(0);
        assertThat(cloud).content().contains(">données</text>");
    }

    @Test
    void reportAndExports() throws Exception {
        Path html = dir.resolve("report.html");
        assertThat(Cli.run("report", project, "--out", html).exits(0).out()).contains("29 code(s) and 46 coding(s)");
        assertThat(Files.readString(html)).contains("<h2 id=\"cooccurrence\">", "Communs › 4. Surveillance");
        assertThat(Cli.run("report", project, "--out", dir.resolve("r.pdf")).exits(2).err()).contains(".html");

        Path xlsx = dir.resolve("all.xlsx");
        assertThat(Cli.run("export", project, "--format", "XLSX", "--out", xlsx).exits(0).out())
                .isEqualTo("Exported 6 table(s) to " + xlsx + ".\n");
        assertThat(Cli.run("export", project, "--format", "csv", "--out", dir.resolve("tables")).exits(0).out())
                .startsWith("Exported 6 table(s) as CSV to ");
        Path docx = dir.resolve("codebook.docx");
        assertThat(Cli.run("export", project, "--format", "docx", "--out", docx).exits(0).out())
                .contains("29 code(s)", "46 coded passage(s)");
        assertThat(Cli.run("export", project, "--format", "pdf", "--out", dir.resolve("x.pdf")).exits(2).err())
                .isEqualTo("The export format \"pdf\" is unknown: use qdpx, xlsx, csv or docx.\n");
        assertThat(Cli.run("export", "--help").exits(0).out()).contains("xlsx", "csv", "docx", "qdpx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("codes", "documents", "codings", "code × document", "co-occurrence",
                    "co-occurrence (long)", "about");
            assertThat(book.getSheet("codings").getLastRowNum()).isEqualTo(46);
        }
        assertThat(Files.list(dir.resolve("tables")).map(p -> p.getFileName().toString()).toList())
                .contains("codes.csv", "code-x-document.csv", "co-occurrence-long.csv", "provenance.txt");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(text).contains("Communs", "Gouvernance des données");
        }
    }

    @Test
    void analysisExportsTakeTheFilters() throws Exception {
        Path docx = dir.resolve("communs.docx");
        assertThat(Cli.run("export", project, "--format", "docx", "--code", "Communs", "--out", docx).exits(0).out())
                .startsWith("Exported the codebook (9 code(s)) and 13 coded passage(s)");   // Communs and its 8
        Path xlsx = dir.resolve("yanis.xlsx");
        Cli.run("export", project, "--format", "xlsx", "--coder", "yanis", "--out", xlsx).exits(0);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var codings = book.getSheet("codings");
            assertThat(codings.getLastRowNum()).isBetween(1, 45);
            for (int r = 1; r <= codings.getLastRowNum(); r++) {
                assertThat(codings.getRow(r).getCell(2).getStringCellValue()).isEqualTo("yanis");
            }
        }
        assertThat(Cli.run("export", project, "--format", "qdpx", "--code", "Communs", "--out",
                dir.resolve("x.qdpx")).exits(2).err()).startsWith("A qdpx export holds the whole project");
        assertThat(dir.resolve("x.qdpx")).doesNotExist();
    }

    private static int index(JsonNode json, String path) {
        List<String> codes = json.get("codes").findValuesAsText("x");
        JsonNode array = json.get("codes");
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(path)) {
                return i;
            }
        }
        throw new AssertionError("no code " + path + " in " + codes);
    }
}
