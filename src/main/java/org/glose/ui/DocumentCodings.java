package org.glose.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Tx;
import org.glose.ui.document.Stripes;

/**
 * The codings of the shown document with what displaying them needs: the codebook (names, colours), the coders'
 * names, the memos on them, the highlight and the margin's stripes, computed off the FX thread so that the FX thread only calls {@code setStyleSpans}.
 */
record DocumentCodings(List<Coding> codings, Codebook codebook, Map<Long, String> coderNames,
                       StyleSpans<String> highlight, Stripes stripes, List<Memo> memos) {

    static final DocumentCodings NONE = new DocumentCodings(List.of(), new Codebook(List.of()), Map.of(), null,
            Stripes.NONE, List.of());

    static DocumentCodings load(Tx tx, long documentId, int textLength) {
        List<Coding> codings = tx.codings().list(CodingFilter.ofDocument(documentId));
        Codebook codebook = tx.codes().codebook();
        Map<Long, String> coders = new HashMap<>();
        for (Coder c : tx.coders().list()) {
            coders.put(c.id(), c.name());
        }
        Set<Long> codingIds = new HashSet<>();
        codings.forEach(c -> codingIds.add(c.id()));
        List<Memo> memos = tx.memos().list().stream().filter(m -> Objects.equals(m.documentId(), documentId)
                || m.codingId() != null && codingIds.contains(m.codingId())).toList();
        Map<Long, String> memoByCoding = new HashMap<>();
        memos.stream().filter(m -> m.codingId() != null)
                .forEach(m -> memoByCoding.merge(m.codingId(), m.text(), (a, b) -> a + "\n" + b));
        Stripes stripes = Stripes.layout(codings, new Stripes.Labels() {
            @Override
            public String codeName(long codeId) {
                return codebook.byId(codeId).map(Code::name).orElse("?");
            }

            @Override
            public String colour(long codeId) {
                return codebook.byId(codeId).map(Code::colour).orElse(CodeDetails.DEFAULT_COLOUR);
            }

            @Override
            public String coderName(long coderId) {
                return coders.getOrDefault(coderId, "?");
            }

            @Override
            public String memo(long codingId) {
                return memoByCoding.get(codingId);
            }
        });
        return new DocumentCodings(codings, codebook, coders, highlight(textLength, codings, codebook), stripes,
                memos);
    }

    /** The memos anchored to a passage of the document (annotations). */
    List<Memo> annotations() {
        return memos.stream().filter(m -> m.passage() != null).toList();
    }

    java.util.Optional<Coding> byId(long codingId) {
        return codings.stream().filter(c -> c.id() == codingId).findFirst();
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
