package org.glose.importer.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.PackageRefusal;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.ZipContent;
import org.glose.importer.html.HtmlText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * EPUB books (.epub, versions 2 and 3): the chapters in reading order (the package's spine), each read like a web
 * page (see {@link HtmlText}) and separated by a line break. A book under DRM is refused.
 */
public final class EpubReader implements DocumentReader {

    private static final String NOT_EPUB = "it is not a valid EPUB file";

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("epub");
    }

    @Override
    public boolean recognises(byte[] head) {
        return head != null && FileSignatures.isZip(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (!FileSignatures.isZip(bytes)) {
            throw new UnreadableDocumentException(NOT_EPUB);
        }
        ZipContent zip;
        try {
            zip = ZipContent.read(bytes, EpubReader::isText);
        } catch (IOException e) {
            throw PackageRefusal.of(e, NOT_EPUB);
        }
        List<String> chapters = new ArrayList<>();
        try {
            String opfPath = EpubPackage.rootFile(entry(zip, "META-INF/container.xml"));
            EpubPackage opf = EpubPackage.read(entry(zip, opfPath), opfPath);
            Set<String> encrypted = EpubPackage.encryptedPaths(zip.entry("META-INF/encryption.xml"));
            for (EpubPackage.Item item : opf.spine()) {
                if (encrypted.contains(item.path())) {
                    throw new UnreadableDocumentException("it is copy-protected (DRM)");
                }
                Optional<byte[]> chapter = zip.entry(item.path());
                if (chapter.isPresent()) {
                    chapters.add(chapterText(chapter.get(), item.xhtml()));
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw PackageRefusal.of(e, NOT_EPUB);
        }
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(String.join("\n", chapters));
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        List<String> warnings = new ArrayList<>();
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, null, LanguageGuesser.guess(text), warnings);
    }

    /** Pictures, fonts and media are not needed: only markup and the package files are kept. */
    private static boolean isText(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".opf") || lower.endsWith(".xhtml") || lower.endsWith(".html")
                || lower.endsWith(".htm") || lower.endsWith(".ncx") || lower.startsWith("meta-inf/");
    }

    private static byte[] entry(ZipContent zip, String name) throws UnreadableDocumentException {
        return zip.entry(name).orElseThrow(() -> new UnreadableDocumentException(NOT_EPUB));
    }

    private static String chapterText(byte[] bytes, boolean xhtml) {
        String markup = new String(bytes, StandardCharsets.UTF_8);   // EPUB content documents are UTF-8 or UTF-16
        if (markup.startsWith("\uFEFF")) {
            markup = markup.substring(1);
        }
        Document document = xhtml ? Jsoup.parse(markup, "", Parser.xmlParser()) : Jsoup.parse(markup);
        Element body = document.selectFirst("body");
        return HtmlText.of(body != null ? body : document);
    }
}
