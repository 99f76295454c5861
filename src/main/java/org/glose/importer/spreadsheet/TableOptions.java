package org.glose.importer.spreadsheet;

import java.nio.charset.Charset;

/**
 * How to read a table file.
 *
 * @param sheet     the sheet to read (name, ignoring case, or 1-based number); null for the first
 * @param encoding  CSV only: the charset, null to detect it (byte order mark, UTF-8, else juniversalchardet)
 * @param delimiter CSV only: the field separator, null to detect it from the first line (, ; tab or |)
 */
public record TableOptions(String sheet, Charset encoding, Character delimiter) {

    public static final TableOptions DEFAULT = new TableOptions(null, null, null);
}
