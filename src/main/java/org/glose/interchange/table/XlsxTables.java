package org.glose.interchange.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glose.core.analysis.chart.ColourScale;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.analysis.table.TableCell;

/**
 * Writes analysis tables as one Excel workbook (POI): a sheet per table with a bold shaded header row, frozen
 * headings, numbers as numbers (with their decimals), an undefined value as a grey "—", heat tables coloured on the
 * same one-hue scale as the charts; and a last sheet, "about", holding the provenance.
 */
public final class XlsxTables {

    public static final String ABOUT = "about";
    private static final int MAX_WIDTH = 60;

    private XlsxTables() {
    }

    public static void write(List<AnalysisTable> tables, Provenance provenance, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(tables, provenance, out);
        }
    }

    public static void write(List<AnalysisTable> tables, Provenance provenance, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            for (AnalysisTable t : tables) {
                sheet(book, styles, t);
            }
            about(book, styles, provenance);
            book.write(out);
        }
    }

    /** Excel's rules: at most 31 characters, none of {@code : \ / ? * [ ]}, unique in the workbook. */
    static String sheetName(XSSFWorkbook book, String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", "-");
        clean = clean.length() > 31 ? clean.substring(0, 31) : clean;
        String candidate = clean;
        for (int i = 2; book.getSheet(candidate) != null; i++) {
            String suffix = " " + i;
            candidate = clean.substring(0, Math.min(clean.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static void sheet(XSSFWorkbook book, Styles styles, AnalysisTable t) {
        XSSFSheet sheet = book.createSheet(sheetName(book, t.name()));
        int[] widths = new int[t.header().size()];
        Row header = sheet.createRow(0);
        for (int j = 0; j < t.header().size(); j++) {
            Cell c = header.createCell(j);
            c.setCellValue(t.header().get(j));
            c.setCellStyle(styles.header);
            widths[j] = t.header().get(j).length();
        }
        double max = t.heat() ? t.heatMax() : 0;
        for (int i = 0; i < t.rows().size(); i++) {
            Row row = sheet.createRow(i + 1);
            List<TableCell> cells = t.rows().get(i);
            for (int j = 0; j < cells.size(); j++) {
                TableCell cell = cells.get(j);
                Cell c = row.createCell(j);
                widths[j] = Math.max(widths[j], cell.text().length());
                switch (cell.kind()) {
                    case TEXT -> c.setCellValue(cell.text());
                    case UNDEFINED -> {
                        c.setCellValue(cell.text());
                        c.setCellStyle(styles.undefined);
                    }
                    case NUMBER -> {
                        c.setCellValue(cell.number());
                        String fill = null;
                        if (t.heat() && j >= t.labelColumns()) {
                            fill = t.isMuted(i, j) ? "#e6e6e6" : cell.number() > 0
                                    ? ColourScale.fill(cell.number(), max) : null;
                        }
                        c.setCellStyle(styles.number(cell.decimals(), fill));
                    }
                    default -> throw new IllegalStateException("Unknown cell kind " + cell.kind());
                }
            }
        }
        for (int j = 0; j < widths.length; j++) {
            sheet.setColumnWidth(j, Math.min(MAX_WIDTH, widths[j] + 2) * 256);
        }
        sheet.createFreezePane(t.labelColumns(), 1);
    }

    private static void about(XSSFWorkbook book, Styles styles, Provenance provenance) {
        XSSFSheet sheet = book.createSheet(sheetName(book, ABOUT));
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("name");
        header.createCell(1).setCellValue("value");
        header.getCell(0).setCellStyle(styles.header);
        header.getCell(1).setCellStyle(styles.header);
        int r = 1;
        for (Map.Entry<String, String> line : provenance.lines().entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.getKey());
            row.createCell(1).setCellValue(line.getValue());
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    /** Cell styles, shared: a workbook holds at most 64,000 of them. */
    private static final class Styles {
        private final XSSFWorkbook book;
        final XSSFCellStyle header;
        final XSSFCellStyle undefined;
        private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            header = book.createCellStyle();
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(colour("#dfe6ee"));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            undefined = book.createCellStyle();
            XSSFFont grey = book.createFont();
            grey.setColor(colour("#808080"));
            undefined.setFont(grey);
            undefined.setAlignment(HorizontalAlignment.CENTER);
        }

        XSSFCellStyle number(int decimals, String fill) {
            return numbers.computeIfAbsent(decimals + "|" + fill, k -> {
                XSSFCellStyle s = book.createCellStyle();
                s.setDataFormat(book.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
                if (fill != null) {
                    s.setFillForegroundColor(colour(fill));
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    XSSFFont font = book.createFont();
                    font.setColor(colour(ColourScale.textOn(fill)));
                    s.setFont(font);
                }
                return s;
            });
        }

        private static XSSFColor colour(String hex) {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
        }
    }
}
