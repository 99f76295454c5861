package org.glose.importer.txt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

    /** How many leading bytes are looked at to tell text from binary. */
    private static final int BINARY_SAMPLE = 8192;
    /** Fewer suspicious bytes than this never make a file binary. */
    private static final int MIN_SUSPICIOUS = 4;

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
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        List<String> warnings = new ArrayList<>();
        if (EncodingDetector.bomLength(bytes) == 0 && looksBinary(bytes)) {
            throw new UnreadableDocumentException("it does not look like a text file");
        }
        EncodingDetector.Detected detected = EncodingDetector.detect(bytes);
        detected.warning().ifPresent(warnings::add);
        Charset charset = detected.charset();
        int length = bytes.length - detected.bom();
        if ((charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) && length % 2 != 0) {
            warnings.add("The file ends with half a UTF-16 character, which was dropped.");
            length--;
        }
        String decoded = new String(bytes, detected.bom(), length, charset);
        if (decoded.indexOf('\uFFFD') >= 0 && !charset.equals(StandardCharsets.UTF_8)) {
            warnings.add("Some bytes are not valid " + charset.name() + " and were replaced by \uFFFD.");
        }
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(decoded);
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, charset.name(), LanguageGuesser.guess(text), warnings);
    }

    /**
     * A file without byte order mark is binary when it starts like a known binary format, or when its first
     * bytes hold more than 1% NUL bytes or more than 5% other control bytes (text has almost none); a handful of
     * stray control bytes is tolerated (the normaliser removes them, with a warning).
     */
    static boolean looksBinary(byte[] bytes) {
        if (FileSignatures.isKnownBinary(bytes)) {
            return true;
        }
        int sample = Math.min(bytes.length, BINARY_SAMPLE);
        int nuls = 0;
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nuls++;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return nuls > MIN_SUSPICIOUS && nuls * 100 > sample || controls > MIN_SUSPICIOUS && controls * 20 > sample;
    }
}
