package org.glose.core.analysis.cooccurrence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.glose.core.project.InvalidInputException;

/**
 * What "two codes occur together" means (docs/analysis.md): two codings that share a character ({@code overlap}),
 * that lie at most N characters apart ({@code near}), or codings in the same paragraph, document or case.
 */
public enum CoOccurrenceUnit {
    OVERLAP, NEAR, PARAGRAPH, DOCUMENT, CASE;

    /** True for the units that count pairs of codings (overlap, near); the others count units holding codes. */
    public boolean countsPairs() {
        return this == OVERLAP || this == NEAR;
    }

    /** The name used on the command line and in exports: {@code overlap}, {@code near}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CoOccurrenceUnit parse(String key) {
        for (CoOccurrenceUnit u : values()) {
            if (u.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return u;
            }
        }
        throw new InvalidInputException("The unit \"" + key + "\" is not one of " + Arrays.stream(values())
                .map(CoOccurrenceUnit::key).collect(Collectors.joining(", ")) + ".");
    }
}
