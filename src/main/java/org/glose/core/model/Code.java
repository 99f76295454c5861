package org.glose.core.model;

/** A code of the codebook; {@code parentId} is null for a top-level code. */
public record Code(long id, String guid, Long parentId, String name, CodeDetails details, int sortOrder) {

    public String colour() {
        return details.colour();
    }

    public String description() {
        return details.description();
    }

    public Code withDetails(CodeDetails newDetails) {
        return new Code(id, guid, parentId, name, newDetails, sortOrder);
    }
}
