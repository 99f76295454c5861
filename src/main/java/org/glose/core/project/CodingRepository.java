package org.glose.core.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;

public interface CodingRepository {

    /** Codings matching the filter, ordered by document, start, end, id. */
    List<Coding> list(CodingFilter filter);

    Optional<Coding> byId(long id);

    /** One coding as the lean read gives it: no GUID, creation time or row version. */
    @FunctionalInterface
    interface RowSink {
        void accept(long id, long documentId, long codeId, long coderId, int start, int end);
    }

    /**
     * Every coding of the project as id, document, code, coder, start and end only, streamed to {@code sink} in
     * no particular order: what analyses count. Reading a million full codings one object per column costs
     * seconds; this read does not note row versions, so it is for reading, never for a change made from it.
     */
    void scan(RowSink sink);

    /** Adds a coding; the store checks that the range lies inside the text and splits no character. */
    Coding insert(long documentId, long codeId, long coderId, TextRange range, String guid, java.time.Instant at);

    void restore(Coding coding);

    /**
     * Adds many codings at once (bulk imports, auto-coding): the ids of the given drafts are ignored and the
     * stored codings are returned with theirs, in the same order. Ranges are checked as for {@link #insert}.
     */
    List<Coding> insertAll(List<Coding> drafts);

    /** Puts back removed codings with their ids (the undo of a bulk removal). */
    void restoreAll(List<Coding> codings);

    void deleteAll(java.util.Collection<Long> codingIds);

    void setCode(long codingId, long codeId);

    void setRange(long codingId, TextRange range);

    void delete(long codingId);

    /** Number of codings per code id (codes without codings are absent). */
    Map<Long, Integer> countByCode();

    /** Number of distinct documents coded per code id. */
    Map<Long, Integer> documentCountByCode();
}
