package org.glose.core.coding;

import java.util.List;
import org.glose.core.model.CodeDetails;

/** A code as a codebook file describes it, with its children. */
public record CodeSpec(String name, CodeDetails details, List<CodeSpec> children) {

    public CodeSpec {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
