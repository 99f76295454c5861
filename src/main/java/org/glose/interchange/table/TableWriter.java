package org.glose.interchange.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.glose.core.project.InvalidInputException;

/**
 * Writes a table (a header and rows of strings, numbers or nulls) to CSV (RFC 4180, UTF-8) or XLSX, chosen by the
 * file's extension. Used for search results and other exports that a spreadsheet opens.
 */
public final class TableWriter {

    /** Excel's limit on the characters of one cell. */
    private static final int XLSX_CELL_LIMIT = 32_767;

    private TableWriter() {
    }

    public static void write(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeCsv(file, header, rows);
        } else if (name.endsWith(".xlsx")) {
            writeXlsx(file, header, rows);
        } else {
            throw new InvalidInputException("Results are exported to a .csv or .xlsx file, not \"" + file + "\".");
        }
    }

    public static void writeCsv(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
            }
        }
    }

    public static void writeXlsx(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            try {
                Sheet sheet = book.createSheet("Results");
                CellStyle bold = book.createCellStyle();
                Font font = book.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row first = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    first.createCell(c).setCellValue(header.get(c));
                    first.getCell(c).setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            String s = v.toString();
                            row.createCell(c).setCellValue(s.length() > XLSX_CELL_LIMIT ? s.substring(0, XLSX_CELL_LIMIT) : s);
                        }
                    }
                }
                book.write(out);
            } finally {
                book.dispose();
            }
        }
    }
}
