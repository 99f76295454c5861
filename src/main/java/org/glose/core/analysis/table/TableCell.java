package org.glose.core.analysis.table;

import java.util.OptionalDouble;
import org.glose.core.analysis.chart.CellFormat;

/** One cell of an exported table: text, a number (with the decimals it is shown with), or undefined ("—"). */
public record TableCell(Kind kind, String text, double number, int decimals) {

    public enum Kind { TEXT, NUMBER, UNDEFINED }

    public static TableCell text(String text) {
        return new TableCell(Kind.TEXT, text == null ? "" : text, 0, 0);
    }

    public static TableCell number(double value, int decimals) {
        return new TableCell(Kind.NUMBER, CellFormat.format(value, decimals), value, decimals);
    }

    public static TableCell of(OptionalDouble value, int decimals) {
        return value.isPresent() ? number(value.getAsDouble(), decimals) : undefined();
    }

    public static TableCell undefined() {
        return new TableCell(Kind.UNDEFINED, CellFormat.UNDEFINED, 0, 0);
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
