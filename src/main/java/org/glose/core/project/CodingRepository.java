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

    /** Adds a coding; the store checks that the range lies inside the text and splits no character. */
    Coding insert(long documentId, long codeId, long coderId, TextRange range, String guid, java.time.Instant at);

    void restore(Coding coding);

    void setCode(long codingId, long codeId);

    void setRange(long codingId, TextRange range);

    void delete(long codingId);

    /** Number of codings per code id (codes without codings are absent). */
    Map<Long, Integer> countByCode();

    /** Number of distinct documents coded per code id. */
    Map<Long, Integer> documentCountByCode();
}
