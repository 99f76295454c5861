package org.glose.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.project.InvalidInputException;

/**
 * What a value of a typed attribute may be, and how two values compare. A number is written with digits, an
 * optional sign, a decimal point or comma and an exponent ({@code 41}, {@code -3.5}, {@code 41,5}); it is kept
 * as written. A date is ISO {@code yyyy-MM-dd}. A choice is one of the attribute's choices (case ignored; kept
 * in the choice's spelling). Text is anything.
 */
public final class AttributeValues {

    /** The longest value a case can hold (the column's size). */
    public static final int MAX_LENGTH = 4000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private AttributeValues() {
    }

    /**
     * The value as it is stored for this attribute (stripped; a choice in its own spelling), or null for a blank
     * value (which clears it); refused with one sentence when it does not fit the type.
     */
    public static String valid(Attribute attribute, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            throw new InvalidInputException("A value of " + attribute.name() + " has at most " + MAX_LENGTH
                    + " characters.");
        }
        return switch (attribute.type()) {
            case TEXT -> v;
            case NUMBER -> {
                if (number(v).isEmpty()) {
                    throw new InvalidInputException("“" + v + "” is not a number for attribute " + attribute.name()
                            + ".");
                }
                yield v;
            }
            case DATE -> {
                if (date(v).isEmpty()) {
                    throw new InvalidInputException("“" + v + "” is not a date (yyyy-MM-dd) for attribute "
                            + attribute.name() + ".");
                }
                yield v;
            }
            case CHOICE -> attribute.choices().stream().filter(c -> c.equalsIgnoreCase(v)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("“" + v + "” is not one of the choices of attribute "
                            + attribute.name() + " (" + String.join(", ", attribute.choices()) + ")."));
        };
    }

    /** Whether a value fits the attribute's type (a blank value always does: it clears). */
    public static boolean fits(Attribute attribute, String value) {
        try {
            valid(attribute, value);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** What a value of this attribute must be, for messages: "a number", "one of the choices (yes, no)". */
    public static String kind(Attribute attribute) {
        return switch (attribute.type()) {
            case TEXT -> "text";
            case NUMBER -> "a number";
            case DATE -> "a date (yyyy-MM-dd)";
            case CHOICE -> "one of the choices (" + String.join(", ", attribute.choices()) + ")";
        };
    }

    /** The number a value writes, or empty when it is not one. */
    public static Optional<BigDecimal> number(String value) {
        if (value == null || !NUMBER.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The date an ISO {@code yyyy-MM-dd} value writes, or empty. */
    public static Optional<LocalDate> date(String value) {
        if (value == null || value.strip().length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip(), ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The choices of a choice attribute, checked: at least one, none blank, none twice (case ignored), each
     * stripped; an attribute of any other type has none.
     */
    public static List<String> validChoices(String attributeName, AttributeType type, List<String> choices) {
        List<String> given = choices == null ? List.of() : choices.stream()
                .map(c -> c == null ? "" : c.strip()).filter(c -> !c.isEmpty()).toList();
        if (type != AttributeType.CHOICE) {
            if (!given.isEmpty()) {
                throw new InvalidInputException("Only a choice attribute has choices; " + attributeName + " would be "
                        + type.key() + ".");
            }
            return List.of();
        }
        if (given.isEmpty()) {
            throw new InvalidInputException("A choice attribute needs its choices (for example: yes, no).");
        }
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String c : given) {
            if (c.length() > MAX_LENGTH) {
                throw new InvalidInputException("A choice has at most " + MAX_LENGTH + " characters.");
            }
            if (!seen.add(c.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("The choice “" + c + "” is given twice for " + attributeName + ".");
            }
            kept.add(c);
        }
        return List.copyOf(kept);
    }

    /**
     * The order of an attribute's values: numbers by value, dates by time, choices in the choices' order, text
     * alphabetically (case ignored); a value that does not fit the type comes after those that do.
     */
    public static Comparator<String> order(Attribute attribute) {
        Comparator<String> text = Comparator.<String, String>comparing(s -> s, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparator.naturalOrder());
        return switch (attribute.type()) {
            case TEXT -> text;
            case NUMBER -> Comparator.<String, BigDecimal>comparing(s -> number(s).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(text);
            case DATE -> Comparator.<String, LocalDate>comparing(s -> date(s).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(text);
            case CHOICE -> Comparator.<String, Integer>comparing(s -> {
                int i = indexOfChoice(attribute, s);
                return i < 0 ? Integer.MAX_VALUE : i;
            }).thenComparing(text);
        };
    }

    private static int indexOfChoice(Attribute attribute, String value) {
        for (int i = 0; i < attribute.choices().size(); i++) {
            if (attribute.choices().get(i).equalsIgnoreCase(value.strip())) {
                return i;
            }
        }
        return -1;
    }
}
