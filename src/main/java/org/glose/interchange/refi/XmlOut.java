package org.glose.interchange.refi;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes indented XML with StAX: an element without content becomes {@code <X/>}; text is kept exactly (a carriage
 * return is written {@code &#13;} so that parsers do not turn it into a line feed) and characters XML 1.0 cannot
 * hold become U+FFFD.
 */
public final class XmlOut {

    private final XMLStreamWriter w;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();
    private String pending;
    private final List<String[]> pendingAttributes = new ArrayList<>();
    private String pendingNamespace;

    public XmlOut(OutputStream out) throws XMLStreamException {
        this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens the root element in a default namespace. */
    public XmlOut root(String name, String namespace) throws XMLStreamException {
        start(name);
        pendingNamespace = namespace;
        return this;
    }

    public XmlOut start(String name) throws XMLStreamException {
        flush(false);
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        newLine(hasChildren.size());
        pending = name;
        return this;
    }

    /** Adds an attribute to the element just opened; a null value writes nothing. */
    public XmlOut attr(String name, Object value) {
        if (value != null) {
            pendingAttributes.add(new String[] {name, clean(value.toString())});
        }
        return this;
    }

    /** An element holding only text; nothing is written for a null text. */
    public XmlOut textElement(String name, String text) throws XMLStreamException {
        if (text == null) {
            return this;
        }
        start(name);
        flush(true);
        String clean = clean(text);
        int from = 0;
        for (int cr = clean.indexOf('\r'); cr >= 0; cr = clean.indexOf('\r', from)) {
            w.writeCharacters(clean.substring(from, cr));
            w.writeEntityRef("#13");
            from = cr + 1;
        }
        w.writeCharacters(clean.substring(from));
        w.writeEndElement();
        hasChildren.pop();
        return this;
    }

    public XmlOut end() throws XMLStreamException {
        if (pending != null) {
            w.writeEmptyElement(pending);
            for (String[] a : pendingAttributes) {
                w.writeAttribute(a[0], a[1]);
            }
            pendingAttributes.clear();
            pending = null;
            return this;
        }
        boolean children = hasChildren.pop();
        if (children) {
            newLine(hasChildren.size());
        }
        w.writeEndElement();
        return this;
    }

    public void finish() throws XMLStreamException {
        while (!hasChildren.isEmpty() || pending != null) {
            end();
        }
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    /** Writes the pending start tag; {@code open} keeps it open for text (otherwise it may become empty later). */
    private void flush(boolean open) throws XMLStreamException {
        if (pending == null) {
            return;
        }
        w.writeStartElement(pending);
        if (pendingNamespace != null) {
            w.setDefaultNamespace(pendingNamespace);
            w.writeDefaultNamespace(pendingNamespace);
            pendingNamespace = null;
        }
        for (String[] a : pendingAttributes) {
            w.writeAttribute(a[0], a[1]);
        }
        pendingAttributes.clear();
        pending = null;
        hasChildren.push(false);
    }

    private void newLine(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Replaces what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/FFFF). */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
