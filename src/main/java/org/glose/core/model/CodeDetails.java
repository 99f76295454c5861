package org.glose.core.model;

import java.util.regex.Pattern;

/**
 * What a codebook says about a code besides its name and place: colour (#RRGGBB), definition and the optional
 * inclusion criteria, exclusion criteria and example that codebooks in the field carry.
 */
public record CodeDetails(String colour, String description, String inclusion, String exclusion, String example) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    public static final String DEFAULT_COLOUR = "#999999";

    public CodeDetails {
        if (colour == null || colour.isBlank()) {
            colour = DEFAULT_COLOUR;
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("A colour is written #RRGGBB, not \"" + colour + "\"");
        }
        colour = colour.toUpperCase(java.util.Locale.ROOT);
        description = blankToNull(description);
        inclusion = blankToNull(inclusion);
        exclusion = blankToNull(exclusion);
        example = blankToNull(example);
    }

    public static CodeDetails colour(String colour) {
        return new CodeDetails(colour, null, null, null, null);
    }

    public CodeDetails withColour(String newColour) {
        return new CodeDetails(newColour, description, inclusion, exclusion, example);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
