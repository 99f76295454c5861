package org.glose.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Tx;

/**
 * The codings of the shown document with what displaying them needs: the codebook (names, colours), the coders'
 * names and the highlight, computed off the FX thread so that the FX thread only calls {@code setStyleSpans}.
 */
record DocumentCodings(List<Coding> codings, Codebook codebook, Map<Long, String> coderNames,
                       StyleSpans<String> highlight) {

    static final DocumentCodings NONE = new DocumentCodings(List.of(), new Codebook(List.of()), Map.of(), null);

    static DocumentCodings load(Tx tx, long documentId, int textLength) {
        List<Coding> codings = tx.codings().list(CodingFilter.ofDocument(documentId));
        Codebook codebook = tx.codes().codebook();
        Map<Long, String> coders = new HashMap<>();
        for (Coder c : tx.coders().list()) {
            coders.put(c.id(), c.name());
        }
        return new DocumentCodings(codings, codebook, coders, highlight(textLength, codings, codebook));
    }

    static StyleSpans<String> highlight(int textLength, List<Coding> codings, Codebook codebook) {
        List<HighlightStyles.Run> runs = HighlightStyles.runs(textLength, codings);
        if (runs.isEmpty()) {
            return null;
        }
        Map<Long, String> colours = new HashMap<>();
        for (Code c : codebook.depthFirst()) {
            colours.put(c.id(), c.colour());
        }
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>(runs.size());
        for (HighlightStyles.Run run : runs) {
            spans.add(HighlightStyles.css(run, colours), run.length());
        }
        return spans.create();
    }

    /** Codings overlapping a selection, or holding the caret (its ends included) when nothing is selected. */
    List<Coding> at(int start, int end) {
        return codings.stream().filter(c -> start == end
                ? c.range().start() <= start && start <= c.range().end()
                : c.range().start() < end && start < c.range().end()).toList();
    }

    String codeName(long codeId) {
        return codebook.byId(codeId).map(Code::name).orElse("?");
    }

    String coderName(long coderId) {
        return coderNames.getOrDefault(coderId, "?");
    }
}
