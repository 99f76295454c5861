package org.glose.importer.spreadsheet;

import java.util.List;
import java.util.Set;
import org.glose.importer.UnreadableDocumentException;

/** Reads one kind of table file (spreadsheet or CSV) into headers and rows. */
public interface TableReader {

    /** "xlsx", "ods", "csv": also the format of the documents made from the table. */
    String format();

    /** Lower-case extensions without dot. */
    Set<String> extensions();

    /** The names of the sheets, in order; empty for a file without sheets (CSV). */
    List<String> sheets(byte[] bytes) throws UnreadableDocumentException;

    /**
     * Reads one sheet: its first row gives the column headers.
     *
     * @throws UnreadableDocumentException one plain sentence without the file name, e.g. "it is password-protected"
     */
    Table read(byte[] bytes, TableOptions options) throws UnreadableDocumentException;
}
