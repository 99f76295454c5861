package org.glose.importer.spreadsheet;

import java.util.List;
import java.util.stream.Collectors;
import org.glose.importer.UnreadableDocumentException;

/** Picks the sheet the user asked for among a workbook's sheets. */
final class Sheets {

    private Sheets() {
    }

    /**
     * The 0-based index of the sheet named {@code wanted} (ignoring case) or numbered so (from 1); the first sheet
     * when nothing is asked for.
     */
    static int pick(List<String> names, String wanted) throws UnreadableDocumentException {
        if (names.isEmpty()) {
            throw new UnreadableDocumentException("it has no sheet");
        }
        if (wanted == null || wanted.isBlank()) {
            return 0;
        }
        String asked = wanted.strip();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(asked)) {
                return i;
            }
        }
        if (asked.matches("\\d{1,5}")) {
            int number = Integer.parseInt(asked);
            if (number >= 1 && number <= names.size()) {
                return number - 1;
            }
        }
        throw new UnreadableDocumentException("it has no sheet \u201C" + asked + "\u201D (its sheets are "
                + names.stream().map(name -> "\u201C" + name + "\u201D").collect(Collectors.joining(", ")) + ")");
    }
}
