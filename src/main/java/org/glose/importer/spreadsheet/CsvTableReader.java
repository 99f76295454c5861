package org.glose.importer.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.TextDecoder;

/**
 * CSV and TSV files, parsed with Apache Commons CSV (RFC 4180 quoting; a quoted field may hold line breaks). The
 * charset is detected as for a TXT file (byte order mark, UTF-8, else juniversalchardet: Excel's "CSV" is
 * usually windows-1252) unless given; the separator is a tab for .tsv, else the most frequent of , ; tab | on the
 * first line outside quotes (French Excel writes ;).
 */
final class CsvTableReader implements TableReader {

    private static final String CANDIDATES = ",;\t|";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv");
    }

    @Override
    public List<String> sheets(byte[] bytes) {
        return List.of();
    }

    @Override
    public Table read(byte[] bytes, TableOptions options) throws UnreadableDocumentException {
        String text = TextDecoder.decodeTextFile(bytes, options.encoding()).text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
        List<Table.Row> raw = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(record.size(), Table.MAX_COLUMNS); c++) {
                    cells.add(record.get(c));
                }
                int end = cells.size();
                while (end > 0 && cells.get(end - 1).isBlank()) {
                    end--;
                }
                Table.Row row = new Table.Row((int) record.getRecordNumber(), cells.subList(0, end));
                if (!raw.isEmpty() || !row.isBlank()) {
                    raw.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String detail = e.getMessage() == null ? "" : " (" + e.getMessage().replaceAll("\\s+", " ").strip() + ")";
            throw new UnreadableDocumentException("it is not a valid CSV file" + detail, e);
        }
        return Table.of(null, raw);
    }

    /** The candidate separator found most often on the first line, quotes aside; a comma when none is. */
    static char detectDelimiter(String text) {
        int[] counts = new int[CANDIDATES.length()];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && CANDIDATES.indexOf(c) >= 0) {
                counts[CANDIDATES.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES.charAt(best);
    }
}
