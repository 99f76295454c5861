package org.glose.importer;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for the XML inside imported packages (ODF content.xml, EPUB's OPF): no DTD and no external
 * entities, so a hostile file can neither read local files nor expand entities without end (XXE, billion laughs).
 */
public final class SecureXml {

    private static final int MAX_DEPTH = 1000;
    private static final XMLInputFactory FACTORY = createFactory();

    private SecureXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Real documents nest a few dozen levels; a deeper one is hostile and would exhaust the readers' stack.
        factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        return factory;
    }

    /** A namespace-aware, coalescing reader over the bytes (the encoding comes from the XML declaration). */
    public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        synchronized (FACTORY) {   // the factory is not documented as thread-safe; creating readers is cheap
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
        }
    }
}
