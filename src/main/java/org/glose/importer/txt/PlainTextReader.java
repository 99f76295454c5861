package org.glose.importer.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.UnreadableDocumentException;

/** Plain text files: the encoding is taken from a byte order mark, else detected (see {@link EncodingDetector}). */
public final class PlainTextReader implements DocumentReader {

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text");
    }

    /** Anything that is not another known binary format (PDF, ZIP, OLE2). */
    @Override
    public boolean recognises(byte[] head) {
        return head != null && !FileSignatures.isKnownBinary(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        TextDecoder.Decoded decoded = TextDecoder.decodeTextFile(bytes, null);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(decoded.text());
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, decoded.charset().name(), LanguageGuesser.guess(text), warnings);
    }
}
