package org.glose.importer.rtf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileIdentifier;
import org.glose.importer.FileKind;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.UnreadableDocumentException;

/**
 * Rich Text Format documents (.rtf), read with Glose's own tolerant RTF reader ({@link RtfText}). The JDK's
 * {@code RTFEditorKit} was rejected: it ignores {@code \ansicpg} and font code pages (Cyrillic or Greek text
 * comes out as Latin-1 letters), runs table cells together without a separator, and drops hyperlink texts
 * (field results) and footnotes.
 */
public final class RtfReader implements DocumentReader {

    @Override
    public String format() {
        return "rtf";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("rtf");
    }

    /** "{\rtf" at the start (after an optional byte order mark and white space). */
    @Override
    public boolean recognises(byte[] head) {
        return head != null && FileIdentifier.identify(head) == FileKind.RTF;
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (FileIdentifier.identify(bytes) != FileKind.RTF) {
            throw new UnreadableDocumentException("it is not a valid RTF file");
        }
        RtfText.Result result = RtfText.of(bytes);
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(result.text());
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        List<String> warnings = new ArrayList<>();
        if (result.unclosedGroups() > 0) {
            warnings.add("The file seems truncated (it ends before its last closing brace); text may be missing.");
        }
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, null, LanguageGuesser.guess(text), warnings);
    }
}
