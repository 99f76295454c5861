package org.glose.importer.spreadsheet;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.glose.importer.DocumentReaders;

/** The table readers, looked up by file extension. */
public final class TableReaders {

    private static final List<TableReader> READERS =
            List.of(new WorkbookTableReader("xlsx"), new WorkbookTableReader("xls"), new OdsTableReader(),
                    new CsvTableReader());

    private TableReaders() {
    }

    /** The reader for this file name's extension, ignoring case; empty when it is not a table. */
    public static Optional<TableReader> forFile(String fileName) {
        String extension = DocumentReaders.extensionOf(fileName);
        return READERS.stream().filter(reader -> reader.extensions().contains(extension)).findFirst();
    }

    /** True when the file is imported as a table (by choosing columns) rather than as a document. */
    public static boolean isTable(String fileName) {
        return forFile(fileName).isPresent();
    }

    /** Every table extension, lower case, without dot. */
    public static Set<String> extensions() {
        Set<String> extensions = new TreeSet<>();
        READERS.forEach(reader -> extensions.addAll(reader.extensions()));
        return extensions;
    }
}
