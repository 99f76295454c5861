package org.glose.core.model;

/** A case (respondent, site, organisation...) that documents belong to and attributes describe. */
public record ProjectCase(long id, String guid, String name, String description) {
}
