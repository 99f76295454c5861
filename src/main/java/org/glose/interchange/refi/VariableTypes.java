package org.glose.interchange.refi;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glose.core.cases.AttributeValues;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;

/**
 * Glose's attribute types and REFI-QDA's {@code typeOfVariable}, both ways. Export: text → Text, number →
 * Integer when every value is a whole number written without a decimal point, else Float, date → Date, a choice
 * of exactly true and false → Boolean, any other choice → Text (REFI-QDA has no list of choices). Import:
 * Integer and Float → number, Date and DateTime → date (the time of day is dropped), Boolean → a choice of true
 * and false, Text and anything else → text.
 */
final class VariableTypes {

    static final List<String> BOOLEAN_CHOICES = List.of("true", "false");

    private VariableTypes() {
    }

    /** The {@code typeOfVariable} of an attribute holding these values. */
    static String typeOfVariable(Attribute attribute, Collection<String> values) {
        return switch (attribute.type()) {
            case TEXT -> "Text";
            case NUMBER -> values.stream().allMatch(VariableTypes::isWholeNumber) ? "Integer" : "Float";
            case DATE -> "Date";
            case CHOICE -> isBoolean(attribute) ? "Boolean" : "Text";
        };
    }

    /** The element a value of this {@code typeOfVariable} is written in, and the value as the schema writes it. */
    static String[] valueElement(String typeOfVariable, String value) {
        return switch (typeOfVariable) {
            case "Integer" -> new String[] {"IntegerValue", value.strip().replaceFirst("^\\+", "")};
            case "Float" -> new String[] {"FloatValue", AttributeValues.number(value).map(BigDecimal::toString)
                    .orElse(value)};
            case "Date" -> new String[] {"DateValue", value.strip()};
            case "Boolean" -> new String[] {"BooleanValue", value.strip().toLowerCase(Locale.ROOT)};
            default -> new String[] {"TextValue", value};
        };
    }

    /** The attribute type a {@code typeOfVariable} becomes. */
    static AttributeType attributeType(String typeOfVariable) {
        String t = typeOfVariable == null ? "" : typeOfVariable.strip();
        return switch (t) {
            case "Integer", "Float" -> AttributeType.NUMBER;
            case "Date", "DateTime" -> AttributeType.DATE;
            case "Boolean" -> AttributeType.CHOICE;
            default -> AttributeType.TEXT;
        };
    }

    /** A value read from the file as Glose keeps it for this type, or empty when it does not fit the type. */
    static Optional<String> convert(AttributeType type, String value) {
        String v = value.strip();
        return switch (type) {
            case TEXT -> Optional.of(value);
            case NUMBER -> AttributeValues.number(v).map(n -> v);
            case DATE -> v.length() >= 10 ? AttributeValues.date(v.substring(0, 10)).map(d -> d.toString())
                    : Optional.empty();
            case CHOICE -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> Optional.of("true");
                case "false", "0" -> Optional.of("false");
                default -> Optional.empty();
            };
        };
    }

    private static boolean isWholeNumber(String value) {
        String v = value.strip();
        return v.matches("[-+]?\\d+") && AttributeValues.number(v).isPresent();
    }

    private static boolean isBoolean(Attribute attribute) {
        return attribute.choices().size() == 2 && attribute.choices().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .toList().containsAll(BOOLEAN_CHOICES);
    }
}
