package org.glose.ui.cases;

import static org.glose.ui.i18n.I18n.t;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.util.StringConverter;
import org.glose.core.cases.AttributeValues;
import org.glose.core.model.AttributeType;

/** The attribute types as the window names them, and the dates the window accepts (ISO or dd/MM/yyyy). */
final class TypeNames {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT_DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private TypeNames() {
    }

    static String name(AttributeType type) {
        return switch (type) {
            case TEXT -> t("cases.attribute.type.text");
            case NUMBER -> t("cases.attribute.type.number");
            case DATE -> t("cases.attribute.type.date");
            case CHOICE -> t("cases.attribute.type.choice");
        };
    }

    static StringConverter<AttributeType> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(AttributeType type) {
                return type == null ? "" : name(type);
            }

            @Override
            public AttributeType fromString(String s) {
                return Arrays.stream(AttributeType.values()).filter(x -> name(x).equals(s)).findFirst().orElse(null);
            }
        };
    }

    /** A date typed as yyyy-MM-dd or dd/MM/yyyy (d/M/yyyy too), or empty. */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        Optional<LocalDate> iso = AttributeValues.date(s);
        if (iso.isPresent()) {
            return iso;
        }
        for (DateTimeFormatter f : List.of(DAY_MONTH_YEAR, SHORT_DAY_MONTH_YEAR)) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }

    /** Choices typed "a, b, c": stripped, blanks dropped (the core refuses duplicates with a sentence). */
    static List<String> choices(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
