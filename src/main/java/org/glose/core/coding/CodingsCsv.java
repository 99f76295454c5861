package org.glose.core.coding;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.glose.core.project.InvalidInputException;

/**
 * Reads codings from RFC 4180 CSV with the header {@code document,start,end,code[,coder]}. Blank lines (such as
 * the one many editors leave at the end) are skipped; a header that names a column twice, or leaves one unnamed,
 * is refused, since which of the two columns holds the value would be a guess.
 */
public final class CodingsCsv {

    private CodingsCsv() {
    }

    public static List<CodingRow> read(Reader in, String defaultCoder) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).build();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            checkNames(parser.getHeaderNames());
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : List.of("document", "start", "end", "code")) {
                if (!header.containsKey(column)) {
                    throw new InvalidInputException("The CSV header must be document,start,end,code[,coder]; \""
                            + column + "\" is missing.");
                }
            }
            boolean hasCoder = header.containsKey("coder");
            List<CodingRow> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (!r.isConsistent()) {
                    throw new InvalidInputException("Line " + line + ": expected " + header.size() + " fields, found "
                            + r.size() + ".");
                }
                String coder = hasCoder && !r.get("coder").isBlank() ? r.get("coder") : defaultCoder;
                rows.add(new CodingRow(line, r.get("document"), offset(r, "start", line), offset(r, "end", line),
                        r.get("code"), coder));
            }
            return rows;
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("The file is not valid CSV: " + e.getMessage(), e);
        }
    }

    private static void checkNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (name.isEmpty()) {
                throw new InvalidInputException("Column " + (i + 1) + " of the CSV header has no name; the header "
                        + "must be document,start,end,code[,coder].");
            }
            if (!seen.add(name)) {
                throw new InvalidInputException("The CSV header names the column \"" + name + "\" twice; "
                        + "keep one.");
            }
        }
    }

    private static int offset(CSVRecord r, String column, long line) {
        String value = r.get(column);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Line " + line + ": \"" + value + "\" is not a whole number (" + column + ").");
        }
    }
}
