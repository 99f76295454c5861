package org.glose.core.project;

/**
 * Which history entries to list: of one document, of one code (as new or former code), or all; newest first,
 * at most {@code limit} (0 = all).
 */
public record HistoryFilter(Long documentId, Long codeId, int limit) {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, 0);

    public HistoryFilter {
        if (limit < 0) {
            throw new InvalidInputException("A history limit cannot be negative.");
        }
    }

    public static HistoryFilter ofDocument(long documentId) {
        return new HistoryFilter(documentId, null, 0);
    }

    public static HistoryFilter ofCode(long codeId) {
        return new HistoryFilter(null, codeId, 0);
    }
}
