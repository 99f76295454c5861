package org.glose.importer.rtf;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/** The code pages RTF names with {@code \ansicpgN}, {@code \cpgN} and a font's {@code \fcharsetN}. */
final class RtfCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Windows character sets (the LOGFONT lfCharSet values RTF uses) and their code pages. */
    private static final Map<Integer, Integer> CHARSET_CODE_PAGES = Map.ofEntries(
            Map.entry(0, 1252), Map.entry(77, 10000), Map.entry(128, 932), Map.entry(129, 949),
            Map.entry(130, 1361), Map.entry(134, 936), Map.entry(136, 950), Map.entry(161, 1253),
            Map.entry(162, 1254), Map.entry(163, 1258), Map.entry(177, 1255), Map.entry(178, 1256),
            Map.entry(186, 1257), Map.entry(204, 1251), Map.entry(222, 874), Map.entry(238, 1250),
            Map.entry(254, 437), Map.entry(255, 850));

    private static final Map<Integer, String> CODE_PAGE_NAMES = Map.ofEntries(
            Map.entry(437, "IBM437"), Map.entry(850, "IBM850"), Map.entry(852, "IBM852"),
            Map.entry(866, "IBM866"), Map.entry(874, "x-windows-874"), Map.entry(932, "windows-31j"),
            Map.entry(936, "GBK"), Map.entry(949, "x-windows-949"), Map.entry(950, "x-windows-950"),
            Map.entry(1361, "x-Johab"), Map.entry(10000, "x-MacRoman"), Map.entry(65001, "UTF-8"));

    private RtfCharsets() {
    }

    /** The Java charset of a Windows code page; windows-1252 when Java does not know it. */
    static Charset codePage(int codePage) {
        String name = CODE_PAGE_NAMES.getOrDefault(codePage, "windows-" + codePage);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return WINDOWS_1252;
        }
    }

    /**
     * The charset of a font's {@code \fcharsetN}; null for DEFAULT_CHARSET (1), which means the document's code
     * page, and for SYMBOL_CHARSET (2), whose glyphs have no Unicode mapping worth guessing.
     */
    static Charset fontCharset(int charset) {
        Integer codePage = CHARSET_CODE_PAGES.get(charset);
        return codePage == null ? null : codePage(codePage);
    }

    /** True when characters may take more than one byte (the code pages of East Asia). */
    static boolean isMultiByte(Charset charset) {
        return !charset.equals(StandardCharsets.UTF_8) && charset.newEncoder().maxBytesPerChar() > 1;
    }
}
