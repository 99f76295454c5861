package org.glose.core.analysis.agreement;

import java.util.List;
import org.glose.core.text.TextRange;

/**
 * A passage where the compared coders differ on one code: the smallest stretch of text that holds every coding
 * of that code by any of them around it, each coder's version (what they coded inside it, possibly nothing),
 * the passage's text, and the coders whose version the consensus coder already holds there.
 */
public record Disagreement(long documentId, String document, long codeId, String code, TextRange passage,
                           String text, List<Version> versions, List<String> acceptedFrom) {

    public Disagreement {
        versions = List.copyOf(versions);
        acceptedFrom = List.copyOf(acceptedFrom);
    }

    /** One coder's coding of the passage: disjoint ranges in document offsets, empty when they coded nothing. */
    public record Version(String coder, List<TextRange> ranges) {
        public Version {
            ranges = List.copyOf(ranges);
        }
    }

    public boolean resolved() {
        return !acceptedFrom.isEmpty();
    }
}
