package org.glose.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.glose.core.cases.AttributeRow;
import org.glose.core.project.InvalidInputException;

/** Reads RFC 4180 CSV with the header {@code case,attribute,value} (other columns ignored, blank lines skipped). */
final class AttributesCsv {

    private static final List<String> COLUMNS = List.of("case", "attribute", "value");

    private AttributesCsv() {
    }

    static List<AttributeRow> read(Reader in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : COLUMNS) {
                if (header == null || !header.containsKey(column)) {
                    throw new InvalidInputException("The CSV header must be case,attribute,value; \"" + column
                            + "\" is missing.");
                }
            }
            List<AttributeRow> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (!r.isConsistent()) {
                    throw new InvalidInputException("Line " + line + ": expected " + header.size()
                            + " fields, found " + r.size() + ".");
                }
                rows.add(new AttributeRow(line, r.get("case"), r.get("attribute"), r.get("value")));
            }
            return rows;
        }
    }
}
