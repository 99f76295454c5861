package org.glose.importer.odt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.SecureXml;
import org.glose.importer.TextNormaliser;
import org.glose.importer.PackageRefusal;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.odf.OdfPackage;
import org.glose.importer.odf.OdfText;

/**
 * OpenDocument texts (.odt, LibreOffice Writer), read from content.xml and styles.xml with a secure StAX parser
 * (see {@link OdfText} for what text comes out). Laid out like a DOCX: distinct headers, body, notes, footers.
 */
public final class OdtReader implements DocumentReader {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String NOT_ODT = "it is not a valid ODT file";
    private static final Set<String> HEADERS = Set.of("style:header", "style:header-left", "style:header-first");
    private static final Set<String> FOOTERS = Set.of("style:footer", "style:footer-left", "style:footer-first");

    @Override
    public String format() {
        return "odt";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("odt");
    }

    /** A ZIP magic number: the head alone cannot show the package's mimetype, which {@link #read} checks. */
    @Override
    public boolean recognises(byte[] head) {
        return head != null && FileSignatures.isZip(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        OdfPackage odf = OdfPackage.open(bytes, MIMETYPE, NOT_ODT);
        String raw;
        try {
            Set<String> headers = new LinkedHashSet<>();
            Set<String> footers = new LinkedHashSet<>();
            if (odf.styles().isPresent()) {
                headersAndFooters(odf.styles().get(), headers, footers);
            }
            List<String> blocks = new ArrayList<>(headers);
            blocks.addAll(body(odf.content()));
            blocks.addAll(footers);
            raw = String.join("\n", blocks);
        } catch (XMLStreamException | RuntimeException e) {
            throw PackageRefusal.of(e, NOT_ODT);
        }
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(raw);
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        List<String> warnings = new ArrayList<>();
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, null, LanguageGuesser.guess(text), warnings);
    }

    /** The body's lines followed by the notes. */
    private static List<String> body(byte[] content) throws XMLStreamException, UnreadableDocumentException {
        XMLStreamReader xml = SecureXml.reader(content);
        try {
            OdfText text = new OdfText(xml);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && text.name().equals("office:text")) {
                    List<String> lines = new ArrayList<>(text.blocks());
                    lines.addAll(text.notes());
                    return lines;
                }
            }
            throw new UnreadableDocumentException(NOT_ODT);   // content.xml without a text body (e.g. a drawing)
        } finally {
            xml.close();
        }
    }

    /** Each distinct non-empty header and footer of the master pages, in order. */
    private static void headersAndFooters(byte[] styles, Set<String> headers, Set<String> footers)
            throws XMLStreamException {
        XMLStreamReader xml = SecureXml.reader(styles);
        try {
            OdfText text = new OdfText(xml);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = text.name();
                if (HEADERS.contains(name) || FOOTERS.contains(name)) {
                    String block = String.join("\n", text.blocks()).strip();
                    if (!block.isEmpty()) {
                        (HEADERS.contains(name) ? headers : footers).add(block);
                    }
                }
            }
        } finally {
            xml.close();
        }
    }
}
