package org.glose.core.retrieval;

import java.util.List;
import org.glose.core.project.InvalidInputException;

/**
 * Which coded passages to retrieve: those of any of the codes (OR), or the stretches where all of them overlap
 * (AND); a code stands for itself and, when asked, its sub-codes.
 */
public record RetrievalSpec(List<Long> codeIds, Mode mode, boolean withSubcodes) {

    public enum Mode {
        /** Every passage coded with at least one of the codes. */
        ANY,
        /** The stretches of text coded with every one of the codes at once. */
        ALL
    }

    public RetrievalSpec {
        if (codeIds == null || codeIds.isEmpty()) {
            throw new InvalidInputException("Choose at least one code to retrieve its passages.");
        }
        codeIds = List.copyOf(new java.util.LinkedHashSet<>(codeIds));
        if (mode == null) {
            mode = Mode.ANY;
        }
    }
}
