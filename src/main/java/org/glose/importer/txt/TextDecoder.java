package org.glose.importer.txt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.glose.importer.FileSignatures;
import org.glose.importer.UnreadableDocumentException;

/**
 * Turns the bytes of a text file (TXT, Markdown, HTML without declared charset, CSV) into a string: the charset
 * comes from {@link EncodingDetector}; what had to be assumed or replaced is reported as warnings.
 */
public final class TextDecoder {

    /** How many leading bytes are looked at to tell text from binary. */
    private static final int BINARY_SAMPLE = 8192;
    /** Fewer suspicious bytes than this never make a file binary. */
    private static final int MIN_SUSPICIOUS = 4;

    /** The decoded text (not yet normalised, byte order mark removed), its charset and the warnings. */
    public record Decoded(String text, Charset charset, List<String> warnings) {
    }

    private TextDecoder() {
    }

    /** Decodes with the detected charset; a forced charset (e.g. chosen by the user) may replace detection. */
    public static Decoded decode(byte[] bytes, Charset forced) {
        List<String> warnings = new ArrayList<>();
        EncodingDetector.Detected detected = EncodingDetector.detect(bytes);
        Charset charset = forced != null ? forced : detected.charset();
        int bom = forced == null || forced.equals(detected.charset()) ? detected.bom() : 0;
        if (forced == null) {
            detected.warning().ifPresent(warnings::add);
        }
        int length = bytes.length - bom;
        if ((charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) && length % 2 != 0) {
            warnings.add("The file ends with half a UTF-16 character, which was dropped.");
            length--;
        }
        String decoded = new String(bytes, bom, length, charset);
        if (decoded.indexOf('\uFFFD') >= 0 && !charset.equals(StandardCharsets.UTF_8)) {
            warnings.add("Some bytes are not valid " + charset.name() + " and were replaced by \uFFFD.");
        }
        return new Decoded(decoded, charset, warnings);
    }

    /** Decodes with the detected charset. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * The text of a file that must be text (TXT, Markdown, HTML, CSV): an empty or binary file is refused with
     * one sentence, anything else decoded as {@link #decode(byte[], Charset)} does.
     */
    public static Decoded decodeTextFile(byte[] bytes, Charset forced) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableDocumentException("it does not look like a text file");
        }
        return decode(bytes, forced);
    }

    /**
     * A file without byte order mark is binary when it starts like a known binary format, or when its first
     * bytes hold more than 1% NUL bytes or more than 5% other control bytes (text has almost none); a handful of
     * stray control bytes is tolerated (the normaliser removes them, with a warning).
     */
    public static boolean looksBinary(byte[] bytes) {
        if (EncodingDetector.bomLength(bytes) > 0) {
            return false;
        }
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
