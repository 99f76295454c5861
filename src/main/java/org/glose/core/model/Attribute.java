package org.glose.core.model;

import java.util.List;

/**
 * A case attribute such as age, role or site, with the type of its values; {@code choices} (in their order) are
 * the allowed values of a {@link AttributeType#CHOICE} attribute and empty for every other type.
 */
public record Attribute(long id, String guid, String name, AttributeType type, List<String> choices) {

    public Attribute {
        type = type == null ? AttributeType.TEXT : type;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A text attribute. */
    public Attribute(long id, String guid, String name) {
        this(id, guid, name, AttributeType.TEXT, List.of());
    }
}
