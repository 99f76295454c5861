package org.glose.importer.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glose.importer.SecureXml;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.odf.OdfPackage;
import org.glose.importer.odf.OdfText;

/**
 * OpenDocument spreadsheets (.ods, LibreOffice Calc), read from content.xml with a secure StAX parser. A cell's
 * text is what Calc shows (its paragraphs, joined by line breaks). Repeated rows and cells (ODF's compression of
 * identical neighbours) are expanded; the blank ones that pad a sheet to its full size are not.
 */
final class OdsTableReader implements TableReader {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String NOT_ODS = "it is not a valid ODS file";
    /** Identical non-blank rows repeated more than this are not survey answers but a hostile file. */
    private static final int MAX_REPEATED_ROWS = 10_000;

    @Override
    public String format() {
        return "ods";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("ods");
    }

    @Override
    public List<String> sheets(byte[] bytes) throws UnreadableDocumentException {
        OdfPackage ods = OdfPackage.open(bytes, MIMETYPE, NOT_ODS);
        List<String> names = new ArrayList<>();
        try {
            XMLStreamReader xml = SecureXml.reader(ods.content());
            try {
                OdfText text = new OdfText(xml);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && text.name().equals("table:table")) {
                        names.add(String.valueOf(xml.getAttributeValue(OdfText.TABLE, "name")));
                        text.skip();
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new UnreadableDocumentException(NOT_ODS, e);
        }
        return names;
    }

    @Override
    public Table read(byte[] bytes, TableOptions options) throws UnreadableDocumentException {
        int wanted = Sheets.pick(sheets(bytes), options.sheet());
        OdfPackage ods = OdfPackage.open(bytes, MIMETYPE, NOT_ODS);
        try {
            XMLStreamReader xml = SecureXml.reader(ods.content());
            try {
                OdfText text = new OdfText(xml);
                int index = 0;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT || !text.name().equals("table:table")) {
                        continue;
                    }
                    if (index++ == wanted) {
                        String name = xml.getAttributeValue(OdfText.TABLE, "name");
                        List<Table.Row> raw = new ArrayList<>();
                        rows(xml, text, raw, new int[] {0});
                        return Table.of(name, raw);
                    }
                    text.skip();
                }
                throw new UnreadableDocumentException(NOT_ODS);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new UnreadableDocumentException(NOT_ODS, e);
        }
    }

    /** The rows of the current table (or row group); {@code rowNumber} counts the rows passed so far. */
    private static void rows(XMLStreamReader xml, OdfText text, List<Table.Row> raw, int[] rowNumber)
            throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = text.name();
            if (name.equals("table:table-row")) {
                int repeat = repeat(xml, "number-rows-repeated");
                List<String> cells = cells(xml, text);
                if (!cells.isEmpty()) {
                    for (int k = 0; k < Math.min(repeat, MAX_REPEATED_ROWS); k++) {
                        raw.add(new Table.Row(rowNumber[0] + k + 1, cells));
                    }
                }
                rowNumber[0] = Math.addExact(rowNumber[0], repeat);
            } else if (name.equals("table:table-header-rows") || name.equals("table:table-rows")
                    || name.equals("table:table-row-group")) {
                rows(xml, text, raw, rowNumber);
            } else {
                text.skip();
            }
        }
    }

    /** The texts of the current row's cells, trailing blank cells left out. */
    private static List<String> cells(XMLStreamReader xml, OdfText text) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        long blanks = 0;   // blank cells not yet added: added only when a non-blank cell follows
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = text.name();
            if (!name.equals("table:table-cell") && !name.equals("table:covered-table-cell")) {
                text.skip();
                continue;
            }
            int repeat = repeat(xml, "number-columns-repeated");
            String value = String.join("\n", text.blocks());
            if (value.isBlank()) {
                blanks += repeat;
                continue;
            }
            cells.addAll(Collections.nCopies((int) Math.min(blanks, Table.MAX_COLUMNS - cells.size()), ""));
            blanks = 0;
            cells.addAll(Collections.nCopies(Math.max(0, Math.min(repeat, Table.MAX_COLUMNS - cells.size())), value));
        }
        return cells;
    }

    private static int repeat(XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(OdfText.TABLE, attribute);
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
