package org.glose.core.model;

/** A case attribute such as age, role or site. */
public record Attribute(long id, String guid, String name) {
}
