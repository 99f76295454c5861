package org.glose.interchange.refi;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an element tree by local names only, so that every namespace variant real files carry
 * ({@code urn:QDA-XML:project:1.0}, {@code …:1:0}, {@code …:0:10}, none) reads the same (NOTES §4).
 */
public final class XmlCursor {

    private final XMLStreamReader r;

    public XmlCursor(XMLStreamReader reader) {
        this.r = reader;
    }

    public String name() {
        return r.getLocalName();
    }

    /** An attribute by local name, whatever its namespace; null when absent. */
    public String attr(String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Moves to the next child element of the current element; returns false (positioned on the current
     * element's end) when there is none left.
     */
    public boolean nextChild() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** The text content of the current element (text of nested elements included); ends on its end tag. */
    public String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                        "the entity &" + r.getLocalName() + "; is not declared", r.getLocation());
                default -> {
                }
            }
        }
        return sb.toString();
    }

    /** Skips the current element and everything inside it. */
    public void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Counts the descendants of the current element with the given local name, and skips it. */
    public int countInside(String localName) throws XMLStreamException {
        int count = 0;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals(localName)) {
                    count++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return count;
    }
}
