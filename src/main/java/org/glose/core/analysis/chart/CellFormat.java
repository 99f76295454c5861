package org.glose.core.analysis.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * How a table value is written for people: an undefined value is "—" (never 0), a count has no decimals, a ratio
 * two, a percentage one; the decimal separator is a dot in every language so that exports read back the same.
 */
public final class CellFormat {

    public static final String UNDEFINED = "—";

    private CellFormat() {
    }

    public static String format(OptionalDouble value, int decimals) {
        return value.isPresent() ? format(value.getAsDouble(), decimals) : UNDEFINED;
    }

    public static String format(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A code path as people read it: the names from the root joined with " › ", without the path syntax's escapes
     * ("Dévoilement \/ pouvoir/X" → "Dévoilement / pouvoir › X"). Exports keep the path itself.
     */
    public static String codeLabel(String path) {
        try {
            return String.join(" › ", org.glose.core.model.CodePath.split(path));
        } catch (IllegalArgumentException notAPath) {
            return path;
        }
    }

    /** In a chart cell: like {@link #format} but 0 is left blank, so that the cells that matter stand out. */
    public static String inCell(OptionalDouble value, int decimals) {
        if (value.isPresent() && value.getAsDouble() == 0) {
            return "";
        }
        return format(value, decimals);
    }
}
