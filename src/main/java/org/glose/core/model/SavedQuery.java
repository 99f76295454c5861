package org.glose.core.model;

import java.time.Instant;

/** A search kept under a name to be run again; {@code spec} is its query and filters as text. */
public record SavedQuery(long id, String name, String spec, Instant createdAt) {
}
