package org.glose.importer.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.glose.importer.FileSignatures;
import org.glose.importer.UnreadableDocumentException;

/**
 * Excel workbooks, .xlsx (2007 and later) or .xls (97-2003), read with Apache POI. A cell's text is what Excel
 * shows (numbers and dates in the cell's format, formulas by their last computed value).
 */
final class WorkbookTableReader implements TableReader {

    private final String format;
    private final String notValid;

    WorkbookTableReader(String format) {
        this.format = format;
        this.notValid = "it is not a valid " + format.toUpperCase(Locale.ROOT) + " file";
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Set<String> extensions() {
        return Set.of(format);
    }

    @Override
    public List<String> sheets(byte[] bytes) throws UnreadableDocumentException {
        try (Workbook workbook = open(bytes)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        } catch (IOException e) {
            throw new UnreadableDocumentException(notValid, e);
        }
    }

    @Override
    public Table read(byte[] bytes, TableOptions options) throws UnreadableDocumentException {
        try (Workbook workbook = open(bytes)) {
            Sheet sheet = sheet(workbook, options.sheet());
            DataFormatter formatter = new DataFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            List<Table.Row> raw = new ArrayList<>();
            for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum(); r++) {
                Table.Row row = row(sheet.getRow(r), r + 1, formatter);
                if (!raw.isEmpty() || !row.isBlank()) {   // the header is the first row holding anything
                    raw.add(row);
                }
            }
            return Table.of(sheet.getSheetName(), raw);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(notValid, e);
        }
    }

    private static Table.Row row(Row row, int number, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row != null) {
            int last = Math.min(row.getLastCellNum(), Table.MAX_COLUMNS);
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
        }
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return new Table.Row(number, cells.subList(0, end));
    }

    private Workbook open(byte[] bytes) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (!FileSignatures.isZip(bytes) && !FileSignatures.isOle2(bytes)) {
            throw new UnreadableDocumentException(notValid);
        }
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("it is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(notValid, e);
        }
    }

    private static Sheet sheet(Workbook workbook, String wanted) throws UnreadableDocumentException {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return workbook.getSheetAt(Sheets.pick(names, wanted));
    }
}
