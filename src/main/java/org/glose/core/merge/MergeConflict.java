package org.glose.core.merge;

/** Something the merge resolved by a rule the user should know about; the message says what was done. */
public record MergeConflict(Kind kind, String message) {

    public enum Kind {
        /** A document has the name of a different document here: it is added under another name. */
        DOCUMENT_NAME_TAKEN,
        /** The same original file gave a different text (another Glose version?): added as a separate document. */
        DOCUMENT_TEXT_DIFFERS,
        /** A code with the same GUID has another path here: its codings go to this project's code. */
        CODE_PATH_DIFFERS,
        /** A code with the same path has another GUID here: both are taken as the same code. */
        CODE_GUID_DIFFERS,
        /** A coding with the same GUID differs (range, code or coder): this project's version is kept. */
        CODING_CHANGED,
        /** A memo or comment with the same GUID differs: this project's version is kept. */
        MEMO_CHANGED
    }
}
