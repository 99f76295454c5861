package org.glose.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/** The review list: every comment on a coding or a passage, in document and text order. */
public final class ReviewList {

    /** Excerpts longer than this are cut (with an ellipsis) so the list stays readable. */
    static final int EXCERPT = 160;

    private ReviewList() {
    }

    /** All comments, or only those of {@code author} when it is not null. */
    public static List<ReviewItem> of(Tx tx, String author) {
        Map<Long, String> coders = new HashMap<>();
        tx.coders().list().forEach(c -> coders.put(c.id(), c.name()));
        Map<Long, Document> documents = new HashMap<>();
        tx.documents().list().forEach(d -> documents.put(d.id(), d));
        Codebook book = tx.codes().codebook();
        Map<Long, String> texts = new HashMap<>();
        List<ReviewItem> items = new ArrayList<>();
        for (Memo m : tx.memos().list()) {
            String by = m.coderId() == null ? null : coders.get(m.coderId());
            if (author != null && !author.equals(by)) {
                continue;
            }
            if (m.codingId() != null) {
                Coding c = tx.codings().byId(m.codingId()).orElse(null);
                if (c == null) {
                    continue;
                }
                Document d = documents.get(c.documentId());
                items.add(new ReviewItem(m.id(), by, m.createdAt(), m.text(), d.id(), d.name(), c.range(),
                        excerpt(tx, texts, d.id(), c.range()), c.id(), book.pathOf(c.codeId()),
                        coders.get(c.coderId())));
            } else if (m.passage() != null) {
                Document d = documents.get(m.documentId());
                items.add(new ReviewItem(m.id(), by, m.createdAt(), m.text(), d.id(), d.name(), m.passage(),
                        excerpt(tx, texts, d.id(), m.passage()), null, null, null));
            }
        }
        items.sort(Comparator.comparing(ReviewItem::document).thenComparing(ReviewItem::passage)
                .thenComparing(ReviewItem::at).thenComparingLong(ReviewItem::memoId));
        return items;
    }

    /** The names of everybody who wrote a comment, for a filter. */
    public static List<String> authors(Tx tx) {
        return of(tx, null).stream().map(ReviewItem::author).filter(a -> a != null).distinct().sorted().toList();
    }

    private static String excerpt(Tx tx, Map<Long, String> texts, long documentId, TextRange range) {
        String text = texts.computeIfAbsent(documentId, id -> tx.documents().text(id));
        String passage = range.of(text).strip().replaceAll("\\s+", " ");
        if (passage.length() <= EXCERPT) {
            return passage;
        }
        int cut = Character.isHighSurrogate(passage.charAt(EXCERPT - 2)) ? EXCERPT - 2 : EXCERPT - 1;
        return passage.substring(0, cut).strip() + "…";
    }
}
