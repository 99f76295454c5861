package org.glose.core.retrieval;

import java.util.List;
import org.glose.core.text.TextRange;

/**
 * One retrieved passage: where it is (document, page for paged documents, range), which of the asked codes it
 * carries (with the names shown), its text and a little of the text around it.
 */
public record RetrievedPassage(long documentId, String documentName, Integer page, TextRange range,
                               List<String> codes, String text, String before, String after) {

    public RetrievedPassage {
        codes = List.copyOf(codes);
    }
}
