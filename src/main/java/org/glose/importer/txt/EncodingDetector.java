package org.glose.importer.txt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the charset of a text file: a byte order mark wins (UTF-8, UTF-16LE, UTF-16BE); else bytes that are
 * valid UTF-8 are UTF-8; else juniversalchardet decides (typically windows-1252 or ISO-8859-1 for French);
 * else windows-1252 is assumed, with a warning.
 */
public final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charset, the length of the byte order mark to skip (0 when none), and a warning when it was assumed. */
    public record Detected(Charset charset, int bom, Optional<String> warning) {
    }

    private EncodingDetector() {
    }

    /** The length of a UTF-8 or UTF-16 byte order mark at the start of the bytes, 0 when there is none. */
    public static int bomLength(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) ? 2 : 0;
    }

    public static Detected detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3, Optional.empty());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2, Optional.empty());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2, Optional.empty());
        }
        if (isValidUtf8(bytes)) {
            return new Detected(StandardCharsets.UTF_8, 0, Optional.empty());
        }
        Charset detected = askDetector(bytes);
        if (detected != null) {
            return new Detected(detected, 0, Optional.empty());
        }
        return new Detected(WINDOWS_1252, 0,
                Optional.of("The character encoding could not be detected; windows-1252 was assumed."));
    }

    /** The detector's answer, or null when it has none, names an unknown charset, or a Unicode one (ruled out). */
    private static Charset askDetector(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.name().startsWith("UTF") || charset.name().equals("US-ASCII") ? null : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
