package org.glose.importer.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The text of a .doc, laid out as the DOCX reader lays out a .docx: the distinct headers; the body, one line per
 * paragraph (empty paragraphs kept), a table one line per row with its cells separated by a tab; a footnote or
 * endnote reference as {@code [n]}; then the footnotes and the endnotes as {@code [n] text}; then the distinct
 * footers. Field codes are dropped and their results kept, as Word shows them.
 */
final class DocText {

    // Word's marks inside the text stream ([MS-DOC] 2.8.25 and POI's CharacterRun).
    private static final char NOTE_MARK = '\u0002';
    private static final char CELL_MARK = '\u0007';
    private static final char PAGE_BREAK = '\u000C';
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char NON_BREAKING_HYPHEN = '\u001E';
    private static final char OPTIONAL_HYPHEN = '\u001F';
    /** Anchors of pictures, drawn objects, comments and note separators: no text of their own. */
    private static final String OBJECT_MARKS = "\u0001\u0003\u0004\u0005\u0008";
    private static final Pattern EDGE_LINE_BREAKS = Pattern.compile("^\\n+|\\n+$");

    private DocText() {
    }

    static String of(HWPFDocument document) {
        Map<Integer, String> references = new HashMap<>();
        List<String> footnotes = notes(document.getFootnotes(), document.getFootnoteRange(), references);
        List<String> endnotes = notes(document.getEndnotes(), document.getEndnoteRange(), references);
        HeaderStories stories = new HeaderStories(document);
        List<String> blocks = new ArrayList<>(distinct(stories.getFirstHeader(), stories.getOddHeader(),
                stories.getEvenHeader()));
        blocks.add(body(document.getRange(), references));
        blocks.addAll(footnotes);
        blocks.addAll(endnotes);
        blocks.addAll(distinct(stories.getFirstFooter(), stories.getOddFooter(), stories.getEvenFooter()));
        return String.join("\n", blocks);
    }

    /** Text of Word without its marks, for the Word 6/95 extractor's output. */
    static String clean(String raw) {
        return clean(raw, 0, Map.of());
    }

    /** The notes as "[n] text", numbered 1, 2... in order; records "[n]" for the reference at each anchor. */
    private static List<String> notes(Notes notes, Range range, Map<Integer, String> references) {
        List<String> texts = new ArrayList<>();
        if (notes == null || range == null || notes.getNotesCount() == 0) {
            return texts;
        }
        String all = range.text();
        for (int i = 0; i < notes.getNotesCount(); i++) {
            String label = "[" + (i + 1) + "]";
            references.put(notes.getNoteAnchorPosition(i), label);
            int start = Math.max(0, Math.min(all.length(), notes.getNoteTextStartOffset(i)));
            int end = Math.max(start, Math.min(all.length(), notes.getNoteTextEndOffset(i)));
            String text = trimLineBreaks(clean(all.substring(start, end))).strip();
            if (!text.isEmpty()) {
                texts.add(label + " " + text);
            }
        }
        return texts;
    }

    private static String body(Range range, Map<Integer, String> references) {
        List<String> lines = new ArrayList<>();
        int count = range.numParagraphs();
        for (int i = 0; i < count; ) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                lines.add(table(table, references));
                i += Math.max(1, table.numParagraphs());
            } else {
                lines.add(paragraph(paragraph, references));
                i++;
            }
        }
        return String.join("\n", lines);
    }

    private static String table(Table table, Map<Integer, String> references) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> lines = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    lines.add(paragraph(cell.getParagraph(p), references));
                }
                cells.add(String.join("\n", lines));
            }
            rows.add(String.join("\t", cells));
        }
        return String.join("\n", rows);
    }

    /** One paragraph's text without its final paragraph or cell mark. */
    private static String paragraph(Paragraph paragraph, Map<Integer, String> references) {
        String text = paragraph.text();
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == CELL_MARK)) {
            end--;
        }
        String line = clean(text.substring(0, end), paragraph.getStartOffset(), references);
        // A page break at a paragraph's edge separates nothing; inside a paragraph it separates words.
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) == PAGE_BREAK) {
            from++;
        }
        while (to > from && line.charAt(to - 1) == PAGE_BREAK) {
            to--;
        }
        return line.substring(from, to).replace(PAGE_BREAK, '\n');
    }

    /**
     * Drops field codes (keeping field results), Word's object marks and optional hyphens; a non-breaking hyphen
     * becomes "-", a note reference "[n]", a cell mark a tab, a paragraph mark or manual line break a line break.
     *
     * @param start the character position of {@code raw}'s first character in the document, to find note anchors
     */
    private static String clean(String raw, int start, Map<Integer, String> references) {
        StringBuilder out = new StringBuilder(raw.length());
        Deque<Boolean> fields = new ArrayDeque<>();   // per open field: true while in its code part
        int hiddenDepth = 0;                           // how many open fields are in their code part
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_BEGIN) {
                fields.push(true);
                hiddenDepth++;
            } else if (c == FIELD_SEPARATOR) {
                if (!fields.isEmpty() && fields.peek()) {
                    fields.pop();
                    fields.push(false);
                    hiddenDepth--;
                }
            } else if (c == FIELD_END) {
                if (!fields.isEmpty() && fields.pop()) {
                    hiddenDepth--;
                }
            } else if (hiddenDepth > 0) {
                continue;
            } else if (c == NOTE_MARK) {
                out.append(references.getOrDefault(start + i, ""));
            } else if (c == '\r' || c == '\u000B') {
                out.append('\n');
            } else if (c == CELL_MARK) {
                out.append('\t');
            } else if (c == NON_BREAKING_HYPHEN) {
                out.append('-');
            } else if (c != OPTIONAL_HYPHEN && OBJECT_MARKS.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> distinct(String... stories) {
        Set<String> texts = new LinkedHashSet<>();
        for (String story : stories) {
            String text = story == null ? "" : trimLineBreaks(clean(story));
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String trimLineBreaks(String text) {
        return EDGE_LINE_BREAKS.matcher(text).replaceAll("");
    }
}
