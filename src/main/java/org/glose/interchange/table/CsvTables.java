package org.glose.interchange.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.analysis.table.TableCell;

/**
 * Writes analysis tables as CSV for spreadsheets, R and pandas: RFC 4180, UTF-8 without byte order mark, a header
 * row, numbers with a dot and no thousands separator, an undefined value as an empty field (R and pandas read it as
 * missing, never as 0). The provenance goes in a plain-text file beside the tables, so that the CSV files stay
 * ready to read.
 */
public final class CsvTables {

    public static final String PROVENANCE = "provenance.txt";

    private CsvTables() {
    }

    public static void write(AnalysisTable table, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(table.header().toArray(String[]::new)).setRecordSeparator("\n").build());
        for (List<TableCell> row : table.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (TableCell cell : row) {
                fields.add(field(cell));
            }
            csv.printRecord(fields);
        }
        csv.flush();
    }

    /** One table in one file, and its provenance in {@code FILE.provenance.txt} beside it. */
    public static void write(AnalysisTable table, Provenance provenance, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(table, out);
        }
        writeProvenance(provenance, file.resolveSibling(file.getFileName() + ".provenance.txt"));
    }

    /** Several tables in a folder (created when missing): one {@code name.csv} each and {@code provenance.txt}. */
    public static List<Path> writeAll(List<AnalysisTable> tables, Provenance provenance, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (AnalysisTable t : tables) {
            Path file = folder.resolve(fileName(t.name()) + ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(t, out);
            }
            written.add(file);
        }
        Path about = folder.resolve(PROVENANCE);
        writeProvenance(provenance, about);
        written.add(about);
        return written;
    }

    public static void writeProvenance(Provenance provenance, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("# Written by Glose: what these tables were computed from\n");
        for (Map.Entry<String, String> line : provenance.lines().entrySet()) {
            sb.append(line.getKey()).append(" = ").append(line.getValue()).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** A table name as a portable file name: "code × document" → "code-x-document". */
    public static String fileName(String name) {
        String ascii = Normalizer.normalize(name.replace("×", "x"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "table" : slug;
    }

    private static String field(TableCell cell) {
        return switch (cell.kind()) {
            case TEXT, NUMBER -> cell.text();
            case UNDEFINED -> "";
        };
    }
}
