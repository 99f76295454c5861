package org.glose.interchange.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glose.core.coding.MergeCodebook.Entry;
import org.glose.core.model.CodeDetails;
import org.glose.core.project.InvalidInputException;
import org.glose.interchange.refi.CodeDescriptions;
import org.glose.interchange.refi.QdeParser;
import org.glose.interchange.refi.RefiProject.Code;
import org.glose.interchange.refi.SafeXml;

/**
 * Reads a REFI-QDA codebook ({@code .qdc}) tolerantly: any namespace variant (NOTES §4), no XML declaration, an
 * empty {@code <Sets/>} (Taguette), GUIDs in any case. A file with a DTD is refused (XXE, entity expansion).
 */
public final class QdcReader {

    /** The codes, and what Glose cannot keep: how many were marked not codable. */
    public record QdcCodebook(String origin, List<Entry> codes, int nonCodable) {
    }

    private QdcReader() {
    }

    public static QdcCodebook read(InputStream in, String what) throws IOException {
        XMLStreamReader reader = SafeXml.open(in, what);
        try {
            if (!reader.getLocalName().equals("CodeBook")) {
                throw new InvalidInputException(what + " is not a REFI-QDA codebook: its root element is <"
                        + reader.getLocalName() + ">, not <CodeBook>.");
            }
            String origin = reader.getAttributeValue(null, "origin");
            List<Code> codes = QdeParser.codebookCodes(reader);
            if (codes.isEmpty()) {
                throw new InvalidInputException(what + " holds no codes.");
            }
            int[] nonCodable = new int[1];
            return new QdcCodebook(origin, entries(codes, nonCodable), nonCodable[0]);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(what, e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a stream the caller owns
            }
        }
    }

    /** Siblings get unique names (ignoring case), as Glose requires; a nameless code gets one. */
    private static List<Entry> entries(List<Code> codes, int[] nonCodable) {
        List<Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Code c : codes) {
            String base = c.name() == null || c.name().isBlank() ? "(unnamed code)" : c.name().strip();
            if (base.length() > 200) {
                base = base.substring(0, 190).strip();
            }
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")";
            }
            if (!c.codable()) {
                nonCodable[0]++;
            }
            String colour = colour(c.color());
            CodeDetails details = CodeDescriptions.parse(c.description(), colour);
            entries.add(new Entry(c.guid(), name, colour, details, entries(c.children(), nonCodable)));
        }
        return entries;
    }

    /** #rrggbb, or #rgb expanded; null when missing or not a colour. */
    static String colour(String color) {
        if (color == null) {
            return null;
        }
        String c = color.strip();
        if (c.matches("#[0-9A-Fa-f]{6}")) {
            return c.toUpperCase(Locale.ROOT);
        }
        if (c.matches("#[0-9A-Fa-f]{3}")) {
            return ("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3))
                    .toUpperCase(Locale.ROOT);
        }
        return null;
    }
}
