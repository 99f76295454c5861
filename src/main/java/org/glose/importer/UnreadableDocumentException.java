package org.glose.importer;

/**
 * A file that cannot be turned into text. The message is one plain sentence saying why, without the
 * file name (the caller prefixes it), e.g. "it is not a valid PDF file".
 */
public class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
