package org.glose.interchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glose.core.analysis.chart.HeatGrid;
import org.glose.core.analysis.chart.HeatmapChart;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.analysis.table.AnalysisTables;
import org.glose.interchange.chart.PngCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Tables and charts written to files and read back: CSV with commons-csv, XLSX with POI, PNG with ImageIO. */
class TableExportTest {

    @TempDir
    Path dir;

    static final Provenance PROVENANCE = new Provenance("0.1.0", "Projet", Instant.parse("2025-01-02T03:04:05Z"),
            Map.of("unit", "overlap", "measure", "c"), "ab".repeat(32), 2, 7);

    /** The c-coefficients of the analysis tests' fixture: A, A/C, B, D, E. */
    static CoOccurrenceTable table() {
        return SampleTables.cTable();
    }

    @Test
    void wideCsvKeepsUndefinedEmptyAndNumbersPlain() throws Exception {
        AnalysisTable wide = AnalysisTables.cooccurrence(table(), new int[] {0, 1, 2, 3, 4});
        Path file = dir.resolve("cooc.csv");
        CsvTables.write(wide, PROVENANCE, file);
        List<CSVRecord> rows = read(file);
        assertThat(rows.get(0).toList()).containsExactly("code", "A", "A/C", "B", "D", "E");
        assertThat(rows.get(1).toList()).containsExactly("A", "1.0000", "0.0000", "0.2000", "0.0000", "0.0000");
        assertThat(rows.get(4).toList()).containsExactly("D", "0.0000", "0.0000", "0.0000", "", "");
        assertThat(Files.readString(dir.resolve("cooc.csv.provenance.txt")))
                .contains("glose.version = 0.1.0", "data.sha256 = " + "ab".repeat(32), "unit = overlap");
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 'c');   // no byte order mark
    }

    @Test
    void tidyCsvHasOneRowPerPair() throws Exception {
        Path file = dir.resolve("long.csv");
        CsvTables.write(AnalysisTables.cooccurrenceTidy(table()), PROVENANCE, file);
        List<CSVRecord> rows = read(file);
        assertThat(rows.get(0).toList()).containsExactly("code_a", "code_b", "n_a", "n_b", "count", "c");
        assertThat(rows).hasSize(1 + 10);
        assertThat(rows.get(2).toList()).containsExactly("A", "B", "3", "3", "1", "0.2000");
        assertThat(rows.get(10).toList()).containsExactly("D", "E", "0", "0", "0", "");
    }

    @Test
    void xlsxHasNumbersStylesHeatAndTheProvenanceSheet() throws Exception {
        Path file = dir.resolve("tables.xlsx");
        AnalysisTable wide = AnalysisTables.cooccurrence(table(), new int[] {0, 1, 2, 3, 4});
        XlsxTables.write(List.of(wide, AnalysisTables.cooccurrenceTidy(table())), PROVENANCE, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet sheet = book.getSheet("co-occurrence");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("B");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            XSSFCell ab = sheet.getRow(1).getCell(3);
            assertThat(ab.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(ab.getNumericCellValue()).isEqualTo(0.2);
            assertThat(ab.getCellStyle().getFillForegroundXSSFColor()).isNotNull();   // heat colour
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getFillForegroundXSSFColor()).isNull();   // 0
            XSSFCell undefined = sheet.getRow(4).getCell(4);
            assertThat(undefined.getStringCellValue()).isEqualTo("—");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            XSSFSheet about = book.getSheet(XlsxTables.ABOUT);
            assertThat(about.getRow(1).getCell(0).getStringCellValue()).isEqualTo("glose.version");
            assertThat(about.getRow(4).getCell(1).getStringCellValue()).isEqualTo("ab".repeat(32));
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("codes");
            assertThat(XlsxTables.sheetName(book, "codes")).isEqualTo("codes 2");
            assertThat(XlsxTables.sheetName(book, "x".repeat(40))).hasSize(31);
            assertThat(XlsxTables.sheetName(book, "what: [this]?")).isEqualTo("what- -this--");
        }
        assertThat(CsvTables.fileName("code × document")).isEqualTo("code-x-document");
        assertThat(CsvTables.fileName("Légitimation (long)")).isEqualTo("legitimation-long");
    }

    @Test
    void pngHasTheChartsSizeAndItsProvenance() throws Exception {
        Path file = dir.resolve("heatmap.png");
        var scene = HeatmapChart.layout(HeatGrid.of("c", table(), new int[] {0, 1, 2, 3, 4}));
        PngCharts.write(scene, 2, PROVENANCE.lines(), file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo((int) Math.ceil(scene.width() * 2));
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            NodeList entries = root.getElementsByTagName("tEXtEntry");
            boolean found = false;
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                found |= e.getAttribute("keyword").equals("glose.data.sha256")
                        && e.getAttribute("value").equals("ab".repeat(32));
            }
            assertThat(found).isTrue();
        }
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, CSVFormat.RFC4180)) {
            return csv.getRecords();
        }
    }
}
