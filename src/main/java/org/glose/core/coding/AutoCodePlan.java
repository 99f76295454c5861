package org.glose.core.coding;

import java.util.List;
import org.glose.core.text.TextRange;

/**
 * What auto-coding will do (the preview) or did: each passage with whether the coder had already coded it with
 * the code, in which case it is left alone.
 */
public record AutoCodePlan(String code, String coder, PassageUnit unit, List<Passage> passages) {

    public record Passage(long documentId, TextRange range, boolean alreadyCoded) {
    }

    public AutoCodePlan {
        passages = List.copyOf(passages);
    }

    /** Passages that will be (or were) coded. */
    public List<Passage> toCode() {
        return passages.stream().filter(p -> !p.alreadyCoded()).toList();
    }

    /** Number of passages that will be coded. */
    public int passagesToCode() {
        return toCode().size();
    }

    /** Number of documents that get at least one new coding. */
    public int documentsToCode() {
        return (int) toCode().stream().mapToLong(Passage::documentId).distinct().count();
    }

    /** Number of passages left alone because the coder already coded them with the code. */
    public int alreadyCoded() {
        return passages.size() - passagesToCode();
    }
}
