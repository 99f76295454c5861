package org.glose.importer.rtf;

/**
 * Splits RTF bytes into tokens (RTF 1.9.1 specification, "Conventions of an RTF Reader"): group braces, control
 * words with their optional numeric parameter, control symbols, {@code \'hh} bytes and plain text bytes. Line
 * ends in the source are not text. {@code \binN} data is skipped here, since its bytes are not RTF syntax.
 */
final class RtfLexer {

    enum Type { GROUP_START, GROUP_END, WORD, SYMBOL, HEX_BYTE, TEXT_BYTE, END }

    /** RTF limits control words to 32 letters and parameters to a signed 16-bit range; be generous but bounded. */
    private static final int MAX_WORD = 32;
    private static final int MAX_DIGITS = 10;

    private final byte[] bytes;
    private int at;

    Type type;
    /** The control word ("par", "u"...) or the control symbol ("*", "~", "'"...). */
    String word;
    boolean hasParameter;
    int parameter;
    /** The byte of a HEX_BYTE or TEXT_BYTE token. */
    int value;

    RtfLexer(byte[] bytes) {
        this.bytes = bytes;
    }

    Type next() {
        while (at < bytes.length) {
            int c = bytes[at++] & 0xFF;
            switch (c) {
                case '{': return type = Type.GROUP_START;
                case '}': return type = Type.GROUP_END;
                case '\\': return control();
                case '\r', '\n': continue;
                default:
                    value = c;
                    return type = Type.TEXT_BYTE;
            }
        }
        return type = Type.END;
    }

    private Type control() {
        if (at >= bytes.length) {
            return type = Type.END;
        }
        int c = bytes[at] & 0xFF;
        if (isLetter(c)) {
            int start = at;
            while (at < bytes.length && isLetter(bytes[at] & 0xFF) && at - start < MAX_WORD) {
                at++;
            }
            word = new String(bytes, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
            readParameter();
            if (at < bytes.length && bytes[at] == ' ') {
                at++;   // the space delimiting a control word belongs to it
            }
            if (word.equals("bin") && hasParameter) {
                at = (int) Math.min(bytes.length, (long) at + Math.max(0, parameter));
            }
            return type = Type.WORD;
        }
        at++;
        if (c == '\'') {
            int high = at < bytes.length ? Character.digit(bytes[at], 16) : -1;
            int low = at + 1 < bytes.length ? Character.digit(bytes[at + 1], 16) : -1;
            if (high >= 0 && low >= 0) {
                at += 2;
                value = high * 16 + low;
                return type = Type.HEX_BYTE;
            }
            return next();   // a broken \' escape: ignore it
        }
        word = c == '\r' || c == '\n' ? "par" : String.valueOf((char) c);   // "\<newline>" is a paragraph mark
        hasParameter = false;
        return type = c == '\r' || c == '\n' ? Type.WORD : Type.SYMBOL;
    }

    private void readParameter() {
        hasParameter = false;
        parameter = 0;
        int start = at;
        boolean negative = at < bytes.length && bytes[at] == '-';
        if (negative) {
            at++;
        }
        long number = 0;
        int digits = 0;
        while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
            if (digits < MAX_DIGITS) {
                number = number * 10 + (bytes[at] - '0');
            }
            digits++;
            at++;
        }
        if (digits == 0) {
            at = start;   // a lone '-' is text, not part of the word
            return;
        }
        hasParameter = true;
        parameter = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, negative ? -number : number));
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
