package org.glose.core.model;

/** The value of one attribute for one case. */
public record AttributeValue(long caseId, long attributeId, String value) {
}
