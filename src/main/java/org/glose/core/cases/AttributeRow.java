package org.glose.core.cases;

/** One attribute value as a file lists it; {@code line} names it in messages. */
public record AttributeRow(long line, String caseName, String attribute, String value) {
}
