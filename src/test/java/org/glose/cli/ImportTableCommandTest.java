package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** glose import-table on a survey made in the test, and glose import on every sample format. */
class ImportTableCommandTest {

    @TempDir
    Path dir;

    private Path survey() throws Exception {
        Object[][] answers = {{"Répondant", "Âge", "Réponse"}, {"R01", 34, "Pour la transparence."},
            {"R02", 51, ""}, {"R03", 29, "Par confiance envers l’État."}};
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
            workbook.write(out);
            return Files.write(dir.resolve("enquête.xlsx"), out.toByteArray());
        }
    }

    @Test
    void importsEachRespondentAsADocumentInItsCase() throws Exception {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);

        Cli.Result result = Cli.run("import-table", project, survey(), "--text-column", "Réponse",
                "--document-per-row", "--name-column", "A", "--attribute-columns", "âge").exits(0);

        assertThat(result.out().strip()).isEqualTo("Imported 2 document(s) from enquête.xlsx, in 2 case(s) with 2 "
                + "attribute value(s); 1 row(s) without text skipped.");
        JsonNode documents = Cli.run("documents", project, "--json").exits(0).json();
        assertThat(documents).extracting(d -> d.get("name").asText()).containsExactly("R01", "R03");
        assertThat(Cli.run("text", project, "R03").exits(0).out()).isEqualTo("Par confiance envers l’État.");
        JsonNode cases = Cli.run("cases", project, "--json").exits(0).json();
        assertThat(cases).extracting(c -> c.get("name").asText()).containsExactly("R01", "R03");
        assertThat(cases.get(1).get("attributes").get("Âge").asText()).isEqualTo("29");
    }

    @Test
    void listsTheColumnsAndImportsAWholeCsvColumnAsOneDocument() throws Exception {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Path csv = Files.write(dir.resolve("verbatims.csv"),
                "Id;Réponse\r\n1;Première\r\n2;Deuxième réponse\r\n".getBytes(Charset.forName("windows-1252")));

        String listing = Cli.run("import-table", project, csv, "--list-columns").exits(0).out();
        Cli.run("import-table", project, csv, "--text-column", "2").exits(0);

        assertThat(listing).isEqualTo("2 row(s) under the header row; columns:\n  A  Id  (2 value(s))  e.g. 1\n"
                + "  B  Réponse  (2 value(s))  e.g. Première\n");
        assertThat(Cli.run("text", project, "verbatims - Réponse").exits(0).out())
                .isEqualTo("Première\nDeuxième réponse");
    }

    @Test
    void refusesInOneSentence() throws Exception {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Path survey = survey();

        assertThat(Cli.run("import-table", project, survey).exits(1).err())
                .startsWith("Missing required option: '--text-column=COLUMN'");
        assertThat(Cli.run("import-table", project, survey, "--text-column", "Z").exits(2).err().strip())
                .isEqualTo("The table has no column “Z”; its columns are A “Répondant”, B “Âge”, C “Réponse”.");
        assertThat(Cli.run("import-table", project, survey, "--text-column", "C", "--name-column", "B").exits(2)
                .err().strip()).isEqualTo("A name column, a case column and attributes need one document per row.");
        assertThat(Cli.run("import-table", project, Cli.sample(Cli.DOCX), "--text-column", "A").exits(2).err().strip())
                .isEqualTo("offre-de-stage.docx is refused: it is not a table (Glose reads csv, ods, tsv, xls, xlsx "
                        + "files as tables).");
        assertThat(Cli.run("documents", project, "--json").exits(0).json()).isEmpty();
    }

    @Test
    void importReadsEverySampleFormat() {
        Path project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Object[] args = {"import", project};
        java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of(args));
        for (String format : new String[] {"txt", "docx", "pdf", "doc", "odt", "rtf", "html", "md"}) {
            all.add(Cli.sample("offre-de-stage." + format));
        }

        Cli.Result result = Cli.run(all.toArray()).exits(0);

        assertThat(result.out().lines()).hasSize(8).allSatisfy(line -> assertThat(line).startsWith("Imported "));
        assertThat(Cli.run("documents", project, "--json").exits(0).json()).hasSize(8);
    }
}
