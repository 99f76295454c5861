package org.glose.importer.odf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of OpenDocument XML with StAX, the way Writer shows it: {@code text:p} and {@code text:h} are one
 * line each (lists and sections are containers of them); {@code text:s}, {@code text:tab} and
 * {@code text:line-break} are spaces, a tab and a line break; a table is one line per row with its cells separated
 * by a tab; a note's citation stays in the text as {@code [n]} and its body is collected as {@code [n] text}.
 * Comments, tracked deletions, drawings and frames (text boxes included) are left out. Literal white space is
 * collapsed as ODF 1.2 §6.1.2 says.
 */
public final class OdfText {

    public static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /** Elements whose content is not text the reader sees as part of the flow. */
    private static final Set<String> SKIPPED = Set.of("text:tracked-changes", "text:sequence-decls",
            "office:annotation", "office:forms", "text:variable-decls", "text:user-field-decls", "text:ruby-text",
            "table:table-columns", "table:table-column", "table:table-header-columns", "text:note-citation");
    private static final Set<String> SKIPPED_NAMESPACES = Set.of(
            "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
            "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
            "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
            "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0");

    /** A text:s repeat count beyond this is not typography but a hostile file. */
    private static final int MAX_SPACES = 1000;

    private final XMLStreamReader xml;
    private final List<String> footnotes = new ArrayList<>();
    private final List<String> endnotes = new ArrayList<>();

    public OdfText(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The notes met so far, as "[n] text": footnotes then endnotes. */
    public List<String> notes() {
        List<String> all = new ArrayList<>(footnotes);
        all.addAll(endnotes);
        return all;
    }

    /** Qualified name of the current element with the usual ODF prefix, e.g. "text:p"; "" for other vocabularies. */
    public String name() {
        String ns = xml.getNamespaceURI();
        String prefix = TEXT.equals(ns) ? "text:" : TABLE.equals(ns) ? "table:" : OFFICE.equals(ns) ? "office:"
                : STYLE.equals(ns) ? "style:" : SKIPPED_NAMESPACES.contains(ns) ? "skip:" : "other:";
        return prefix + xml.getLocalName();
    }

    /** Lines of the current element's content (the reader is on its start tag; ends on its end tag). */
    public List<String> blocks() throws XMLStreamException {
        List<String> lines = new ArrayList<>();
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = name();
            if (name.equals("text:p") || name.equals("text:h")) {
                lines.add(paragraph());
            } else if (name.equals("table:table")) {
                lines.add(table());
            } else if (SKIPPED.contains(name) || name.startsWith("skip:")) {
                skip();
            } else {
                lines.addAll(blocks());   // lists, list items, sections, indexes: containers of paragraphs
            }
        }
        return lines;
    }

    /** The text of the current paragraph element, inline content included. */
    public String paragraph() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        inline(out, new boolean[] {true});
        return out.toString();
    }

    /** @param collapsing one flag: true when the text so far ends with literal white space (or is empty) */
    private void inline(StringBuilder out, boolean[] collapsing) throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            int event = xml.getEventType();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                appendCollapsed(out, xml.getText(), collapsing);
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = name();
                switch (name) {
                    case "text:s" -> {
                        out.append(" ".repeat(Math.max(1, Math.min(MAX_SPACES, intAttribute("c", 1)))));
                        collapsing[0] = false;
                        skip();
                    }
                    case "text:tab" -> {
                        out.append('\t');
                        collapsing[0] = false;
                        skip();
                    }
                    case "text:line-break" -> {
                        out.append('\n');
                        collapsing[0] = true;
                        skip();
                    }
                    case "text:note" -> {
                        out.append(note());
                        collapsing[0] = false;
                    }
                    default -> {
                        if (SKIPPED.contains(name) || name.startsWith("skip:") || name.equals("text:p")
                                || name.equals("text:h") || name.equals("table:table")) {
                            skip();
                        } else {
                            inline(out, collapsing);   // spans, links, fields, bookmarks
                        }
                    }
                }
            }
        }
    }

    /** ODF 1.2 §6.1.2: tabs and line ends in character data are spaces; a space after white space is dropped. */
    private static void appendCollapsed(StringBuilder out, String text, boolean[] collapsing) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (white) {
                if (!collapsing[0]) {
                    out.append(' ');
                }
                collapsing[0] = true;
            } else {
                out.append(c);
                collapsing[0] = false;
            }
        }
    }

    /** A footnote or endnote: returns its citation "[n]" and keeps "[n] text" for the end of the document. */
    private String note() throws XMLStreamException {
        boolean endnote = "endnote".equals(xml.getAttributeValue(TEXT, "note-class"));
        String citation = "";
        List<String> body = List.of();
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (name().equals("text:note-citation")) {
                citation = xml.getElementText().strip();
            } else if (name().equals("text:note-body")) {
                body = blocks();
            } else {
                skip();
            }
        }
        String label = "[" + citation + "]";
        String text = String.join("\n", body).strip();
        if (!text.isEmpty()) {
            (endnote ? endnotes : footnotes).add(label + " " + text);
        }
        return label;
    }

    /** One line per row, cells separated by a tab; merged-away (covered) cells are left out. */
    private String table() throws XMLStreamException {
        List<String> rows = new ArrayList<>();
        tableRows(rows);
        return String.join("\n", rows);
    }

    private void tableRows(List<String> rows) throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = name();
            if (name.equals("table:table-row")) {
                rows.add(row());
            } else if (name.equals("table:table-header-rows") || name.equals("table:table-rows")
                    || name.equals("table:table-row-group")) {
                tableRows(rows);
            } else {
                skip();
            }
        }
    }

    private String row() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (name().equals("table:table-cell")) {
                cells.add(String.join("\n", blocks()));
            } else {
                skip();
            }
        }
        return String.join("\t", cells);
    }

    /** An integer attribute of the current element in the text namespace, or the default. */
    private int intAttribute(String localName, int fallback) {
        String value = xml.getAttributeValue(TEXT, localName);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Skips the current element and everything inside it (the reader ends on its end tag). */
    public void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
