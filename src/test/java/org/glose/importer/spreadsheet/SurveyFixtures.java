package org.glose.importer.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glose.importer.TestZips;

/** Survey answers as a researcher receives them, made in the tests: XLSX (POI), CSV (windows-1252), ODS. */
final class SurveyFixtures {

    /** Répondant, Âge, Genre, answer; R03 did not answer; R04's answer spans two lines; an empty row follows. */
    static final Object[][] ANSWERS = {
        {"Répondant", "Âge", "Genre", "Pourquoi partagez-vous vos données ?"},
        {"R01", 34, "femme", "Pour la transparence de l’État."},
        {"R02", 51, "homme", "Par confiance envers la collectivité."},
        {"R03", 29, "femme", ""},
        {"R04", 42, "", "Je ne sais pas.\nPeut-être par habitude."},
        {},
        {"R05", 67, "homme", "Pour les communs numériques 😀."},
    };

    private SurveyFixtures() {
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Réponses");
            for (int r = 0; r < ANSWERS.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < ANSWERS[r].length; c++) {
                    if (ANSWERS[r][c] instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) ANSWERS[r][c]);
                    }
                }
            }
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Codebook to come");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ODS sheet with repeated cells and rows, as LibreOffice Calc writes them. */
    static byte[] ods() {
        String cell = "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + TestZips.ODF_NAMESPACES
                + "><office:body><office:spreadsheet><table:table table:name=\"Vide\"/><table:table table:name=\"Enquête\">"
                + "<table:table-column table:number-columns-repeated=\"4\"/>"
                + "<table:table-row>" + cell.formatted("Id") + cell.formatted("Site")
                + "<table:table-cell/>" + cell.formatted("Verbatim") + "</table:table-row>"
                + "<table:table-row>" + cell.formatted("A1") + cell.formatted("Tarbes") + "<table:table-cell/>"
                + "<table:table-cell><text:p>Première ligne</text:p><text:p>seconde ligne</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"><text:p>B2</text:p>"
                + "</table:table-cell><table:table-cell/><table:table-cell><text:p>Réponse<text:s text:c=\"2\"/>"
                + "courte</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
                + "table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        return TestZips.odf("application/vnd.oasis.opendocument.spreadsheet", content, null);
    }
}
