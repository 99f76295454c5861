package org.glose.importer.epub;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glose.importer.SecureXml;

/** The parts of an EPUB's package document (OPF) that give the reading order: manifest and spine. */
final class EpubPackage {

    /** A spine item: its path inside the ZIP and whether it is XHTML (else HTML). */
    record Item(String path, boolean xhtml) {
    }

    private final List<Item> spine;

    private EpubPackage(List<Item> spine) {
        this.spine = List.copyOf(spine);
    }

    List<Item> spine() {
        return spine;
    }

    /** The path of the package document, from META-INF/container.xml (its first rootfile). */
    static String rootFile(byte[] container) throws XMLStreamException {
        XMLStreamReader xml = SecureXml.reader(container);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("rootfile")) {
                    String path = xml.getAttributeValue(null, "full-path");
                    if (path != null && !path.isBlank()) {
                        return path.strip();
                    }
                }
            }
            throw new IllegalArgumentException("container.xml names no package document");
        } finally {
            xml.close();
        }
    }

    /** Reads the manifest and the spine; paths are resolved against the package document's folder. */
    static EpubPackage read(byte[] opf, String opfPath) throws XMLStreamException {
        Map<String, Item> manifest = new HashMap<>();
        List<String> order = new ArrayList<>();
        XMLStreamReader xml = SecureXml.reader(opf);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("item")) {
                    String id = xml.getAttributeValue(null, "id");
                    String href = xml.getAttributeValue(null, "href");
                    String type = String.valueOf(xml.getAttributeValue(null, "media-type"));
                    if (id != null && href != null && (type.contains("html") || type.equals("null"))) {
                        manifest.put(id, new Item(resolve(opfPath, href), !type.equals("text/html")));
                    }
                } else if (xml.getLocalName().equals("itemref")) {
                    order.add(xml.getAttributeValue(null, "idref"));
                }
            }
        } finally {
            xml.close();
        }
        List<Item> spine = new ArrayList<>();
        for (String id : order) {
            Item item = manifest.get(id);
            if (item != null) {
                spine.add(item);
            }
        }
        return new EpubPackage(spine);
    }

    /** The paths META-INF/encryption.xml declares encrypted (DRM; font obfuscation lists only fonts). */
    static Set<String> encryptedPaths(Optional<byte[]> encryption) throws XMLStreamException {
        Set<String> paths = new HashSet<>();
        if (encryption.isEmpty()) {
            return paths;
        }
        XMLStreamReader xml = SecureXml.reader(encryption.get());
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("CipherReference")) {
                    String uri = xml.getAttributeValue(null, "URI");
                    if (uri != null) {
                        paths.add(resolve("", uri));
                    }
                }
            }
        } finally {
            xml.close();
        }
        return paths;
    }

    /** A relative, percent-encoded href resolved against the folder of {@code base}, as a ZIP entry name. */
    private static String resolve(String base, String href) {
        String withoutFragment = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
        try {
            String resolved = new URI(null, null, "/" + folder, null).resolve(new URI(null, null,
                    URLDecoder.decode(withoutFragment.replace("+", "%2B"), StandardCharsets.UTF_8), null)).getPath();
            return resolved.startsWith("/") ? resolved.substring(1) : resolved;
        } catch (URISyntaxException e) {
            return folder + withoutFragment;
        }
    }
}
