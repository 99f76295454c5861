package org.glose.interchange.refi;

import org.glose.core.model.CodeDetails;

/**
 * A code's definition and its inclusion criteria, exclusion criteria and example as one REFI {@code Description}
 * (REFI has a single description field): the definition, then one paragraph per criterion with a heading, so
 * other programs show the criteria and Glose reads them back into their fields.
 */
public final class CodeDescriptions {

    private static final String INCLUSION = "Inclusion criteria:";
    private static final String EXCLUSION = "Exclusion criteria:";
    private static final String EXAMPLE = "Example:";

    private CodeDescriptions() {
    }

    /** The description text for a code, or null when it has nothing to say. */
    public static String compose(CodeDetails d) {
        StringBuilder sb = new StringBuilder();
        append(sb, null, d.description());
        append(sb, INCLUSION, d.inclusion());
        append(sb, EXCLUSION, d.exclusion());
        append(sb, EXAMPLE, d.example());
        return sb.isEmpty() ? null : sb.toString();
    }

    private static void append(StringBuilder sb, String heading, String value) {
        if (value == null) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append("\n\n");
        }
        if (heading != null) {
            sb.append(heading).append(' ');
        }
        sb.append(value);
    }

    /** Splits a description written by {@link #compose} (or by anyone) back into details of that colour. */
    public static CodeDetails parse(String text, String colour) {
        if (text == null) {
            return new CodeDetails(colour, null, null, null, null);
        }
        String[] fields = new String[4];
        int field = 0;
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\n\n", -1)) {
            int heading = headingOf(paragraph);
            if (heading > 0) {
                fields[field] = join(fields[field], current.toString());
                current.setLength(0);
                field = heading;
                current.append(paragraph.substring(headingText(heading).length()).stripLeading());
            } else {
                if (!current.isEmpty()) {
                    current.append("\n\n");
                }
                current.append(paragraph);
            }
        }
        fields[field] = join(fields[field], current.toString());
        return new CodeDetails(colour, fields[0], fields[1], fields[2], fields[3]);
    }

    private static int headingOf(String paragraph) {
        for (int i = 1; i <= 3; i++) {
            if (paragraph.startsWith(headingText(i))) {
                return i;
            }
        }
        return 0;
    }

    private static String headingText(int field) {
        return switch (field) {
            case 1 -> INCLUSION;
            case 2 -> EXCLUSION;
            default -> EXAMPLE;
        };
    }

    private static String join(String before, String more) {
        if (before == null || before.isEmpty()) {
            return more;
        }
        return more.isEmpty() ? before : before + "\n\n" + more;
    }
}
