package org.glose.core.project;

import java.time.Instant;

/**
 * One change in a project's history. Names are copied when the change is made, so an entry still says what
 * was changed after the document or code is renamed or deleted; ids may then point to nothing.
 *
 * @param action        the user action it belongs to (several entries may share one, e.g. a merge)
 * @param codeId        the code concerned (for a recoding: the new code)
 * @param otherCodeId   for a recoding, the former code; for a move, the former parent; otherwise null
 * @param start         the coded range's start for coding entries, otherwise null (end likewise)
 * @param detail        what changed, in a few words (the coded passage, the former range, the new name...)
 */
public record ChangeEntry(long id, Instant at, String actor, String action, ChangeKind kind,
                          Long documentId, String documentName, Long codeId, String codeName,
                          Long otherCodeId, String otherCodeName, Long codingId, Integer start, Integer end,
                          String detail) {
}
