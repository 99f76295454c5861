package org.glose.core.analysis.cooccurrence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.glose.core.project.InvalidInputException;

/**
 * What a co-occurrence cell shows (docs/analysis.md): the count; the c-coefficient {@code n12 / (n1 + n2 - n12)}
 * over codings (overlap and near units); Jaccard {@code both / either} over units (paragraph, document, case).
 */
public enum Measure {
    COUNT("count"), C_COEFFICIENT("c"), JACCARD("jaccard");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** True when the measure is a ratio (shown with decimals) rather than a count. */
    public boolean isRatio() {
        return this != COUNT;
    }

    public static Measure parse(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (Measure m : values()) {
            if (m.key.equals(k)) {
                return m;
            }
        }
        throw new InvalidInputException("The measure \"" + key + "\" is not one of " + Arrays.stream(values())
                .map(Measure::key).collect(Collectors.joining(", ")) + ".");
    }
}
