package org.glose.importer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.TextDecoder;

/**
 * Markdown files (.md, .markdown), parsed with commonmark-java (CommonMark 0.31): the text is what a reader of
 * the rendered page sees, without markup (see {@link MarkdownText}). The charset is detected as for TXT.
 */
public final class MarkdownReader implements DocumentReader {

    private static final Parser PARSER = Parser.builder().build();

    @Override
    public String format() {
        return "md";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public boolean recognises(byte[] head) {
        return head != null && !FileSignatures.isKnownBinary(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        TextDecoder.Decoded decoded = TextDecoder.decodeTextFile(bytes, null);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        // Controls are removed before parsing, so that the parser sees the same line ends as the normaliser.
        TextNormaliser.Result source = TextNormaliser.normaliseReporting(decoded.text());
        source.warning().ifPresent(warnings::add);
        String rendered;
        try {
            rendered = MarkdownText.of(PARSER.parse(source.text()));
        } catch (StackOverflowError e) {   // thousands of nested quotes or lists: not a real document
            throw new UnreadableDocumentException("it is nested too deeply to be read", e);
        }
        String text = TextNormaliser.normalise(rendered);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        return new ExtractedText(text, null, decoded.charset().name(), LanguageGuesser.guess(text), warnings);
    }
}
