package org.glose.core.model;

/** A person (or a consensus pseudo-coder) who codes. */
public record Coder(long id, String guid, String name) {
}
