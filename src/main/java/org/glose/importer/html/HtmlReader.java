package org.glose.importer.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.EncodingDetector;
import org.glose.importer.txt.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Web pages (.html, .htm), parsed with jsoup; the text is what a browser shows (see {@link HtmlText}). The charset
 * is taken from a byte order mark, else from a {@code <meta>} declaration in the first 4 KiB, else detected as
 * for a TXT file.
 */
public final class HtmlReader implements DocumentReader {

    private static final int META_WINDOW = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml");
    }

    /** Text that is not a known binary format: the tags themselves are not required. */
    @Override
    public boolean recognises(byte[] head) {
        return head != null && !FileSignatures.isKnownBinary(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        TextDecoder.Decoded decoded = TextDecoder.decodeTextFile(bytes,
                bytes == null ? null : declaredCharset(bytes).orElse(null));
        List<String> warnings = new ArrayList<>(decoded.warnings());
        Document document = Jsoup.parse(decoded.text());
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(HtmlText.of(document.body()));
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, decoded.charset().name(), LanguageGuesser.guess(text), warnings);
    }

    /**
     * The charset a byte order mark or a meta tag declares. As browsers do (WHATWG Encoding §4.2), ISO-8859-1 and
     * US-ASCII are read as windows-1252, of which they are subsets.
     */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        if (EncodingDetector.bomLength(bytes) > 0) {
            return Optional.empty();   // the detector honours the byte order mark
        }
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.name().startsWith("UTF-16") ? Optional.empty() : Optional.of(charset);   // a lie in a byte file
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
