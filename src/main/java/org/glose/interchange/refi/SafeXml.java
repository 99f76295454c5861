package org.glose.interchange.refi;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glose.core.project.InvalidInputException;

/**
 * StAX readers for untrusted XML: no DTD, no external entity, so no entity expansion (billion laughs) and no
 * file or network access (XXE). A document that declares a DTD is refused outright.
 */
public final class SafeXml {

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /**
     * A reader positioned on the root element. The parser detects the encoding from a byte order mark or the XML
     * declaration (both optional, NOTES §5).
     *
     * @param what names the file in messages, e.g. "project.qde"
     */
    public static XMLStreamReader open(InputStream in, String what) {
        try {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException(what + " is refused: it declares a DTD (document type), which "
                            + "can hide entity expansion or access to other files.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return r;
                }
            }
            throw new InvalidInputException(what + " is empty: it holds no XML element.");
        } catch (XMLStreamException e) {
            throw malformed(what, e);
        }
    }

    public static InvalidInputException malformed(String what, XMLStreamException e) {
        String detail = e.getMessage() == null ? "" : e.getMessage().lines()
                .filter(l -> l.startsWith("Message:")).map(l -> l.substring(8).strip()).findFirst()
                .orElse(e.getMessage().lines().reduce((a, b) -> b).orElse("").strip());
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
        return new InvalidInputException(what + " is not well-formed XML" + where + ": " + detail
                + (detail.endsWith(".") ? "" : "."), e);
    }
}
