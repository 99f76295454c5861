package org.glose.importer.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glose.core.project.InvalidInputException;

/** Finds the column a user named by header, letter or number. */
final class Columns {

    private Columns() {
    }

    /** The 0-based index of the column; refused in one sentence listing the columns when there is none. */
    static int resolve(Table table, String reference) {
        String wanted = reference == null ? "" : reference.strip();
        List<String> headers = table.headers();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (Table.letter(i).equals(wanted.toUpperCase(Locale.ROOT))) {
                return i;
            }
        }
        if (wanted.matches("\\d{1,5}")) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= headers.size()) {
                return number - 1;
            }
        }
        throw new InvalidInputException("The table has no column \u201C" + wanted + "\u201D; its columns are "
                + describe(table) + ".");
    }

    /** "A “Répondant”, B “Âge”, C “Réponse”". */
    static String describe(Table table) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < table.columnCount(); i++) {
            columns.add(Table.letter(i) + " \u201C" + table.headers().get(i) + "\u201D");
        }
        return columns.isEmpty() ? "none" : String.join(", ", columns);
    }
}
