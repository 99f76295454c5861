package org.glose.core.analysis.data;

import java.util.List;
import org.glose.core.text.TextRange;

/**
 * A passage an analysis cell points to (drill-down): a range of one document, the codings it comes from, and its
 * text once a service has read it ({@code null} before).
 */
public record Passage(long documentId, String documentName, TextRange range, List<Long> codingIds, String text) {

    public Passage {
        codingIds = List.copyOf(codingIds);
    }

    public Passage withText(String newText) {
        return new Passage(documentId, documentName, range, codingIds, newText);
    }
}
