package org.glose.importer;

import java.util.Set;

/** Reads one file format into plain text. Implementations are found with ServiceLoader. */
public interface DocumentReader {

    /** "txt", "docx", "pdf": lower case, also the document's format in the project. */
    String format();

    /** Lower-case extensions without dot, e.g. {@code Set.of("txt", "text")}. */
    Set<String> extensions();

    /** True when the first bytes of the file fit this format (magic number / structure), whatever the extension. */
    boolean recognises(byte[] head);

    /**
     * Reads the whole file.
     *
     * @param bytes    the file content
     * @param fileName the file name, for messages and warnings only
     * @return the normalised text (see {@link TextNormaliser}); offsets are counted in it
     * @throws UnreadableDocumentException with one plain sentence saying why, without the file name
     */
    ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException;
}
