package org.glose.importer.docx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a DOCX, in this order, one block after the other separated by a line break:
 * <ol>
 *   <li>the distinct non-empty headers;</li>
 *   <li>the body: paragraphs and tables in document order, one line per paragraph, empty paragraphs kept as
 *       empty lines; a table gives one line per row with its cells separated by a tab (a paragraph break inside
 *       a cell stays a line break); a footnote reference in the text becomes {@code [n]};</li>
 *   <li>the footnotes, then the endnotes, each as {@code [n] text};</li>
 *   <li>the distinct non-empty footers.</li>
 * </ol>
 */
final class DocxText {

    /** How POI writes a footnote or endnote reference inside a paragraph's text. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):(\\d+)]");
    private static final Pattern EDGE_LINE_BREAKS = Pattern.compile("^\\n+|\\n+$");

    private DocxText() {
    }

    static String of(XWPFDocument document) {
        List<String> blocks = new ArrayList<>(distinct(document.getHeaderList()));
        blocks.add(body(document));
        blocks.addAll(notes(document.getFootnotes()));
        blocks.addAll(notes(document.getEndnotes()));
        blocks.addAll(distinct(document.getFooterList()));
        return String.join("\n", blocks);
    }

    private static Set<String> distinct(List<? extends XWPFHeaderFooter> parts) {
        Set<String> texts = new LinkedHashSet<>();
        for (XWPFHeaderFooter part : parts) {
            String text = trimLineBreaks(body(part));
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static List<String> notes(List<? extends XWPFAbstractFootnoteEndnote> notes) {
        List<String> texts = new ArrayList<>();
        for (XWPFAbstractFootnoteEndnote note : notes) {
            String text = trimLineBreaks(body(note)).strip();
            if (!text.isEmpty()) {
                texts.add("[" + note.getId() + "] " + text);
            }
        }
        return texts;
    }

    private static String body(IBody body) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph(paragraph));
            } else if (element instanceof XWPFTable table) {
                lines.add(table(table));
            } else if (element instanceof XWPFSDT contentControl) {
                lines.add(contentControl.getContent().getText());
            }
        }
        return String.join("\n", lines);
    }

    /** The paragraph's text without the note texts POI appends to it, note references as [n]. */
    private static String paragraph(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        String notes = paragraph.getFootnoteText();
        if (notes != null && !notes.isEmpty() && text.endsWith(notes)) {
            text = text.substring(0, text.length() - notes.length());
        }
        return NOTE_REFERENCE.matcher(text).replaceAll("[$1]");
    }

    private static String table(XWPFTable table) {
        List<String> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (ICell cell : row.getTableICells()) {
                if (cell instanceof XWPFTableCell tableCell) {
                    cells.add(body(tableCell));
                } else if (cell instanceof XWPFSDTCell contentControl) {
                    cells.add(contentControl.getContent().getText());
                }
            }
            rows.add(String.join("\t", cells));
        }
        return String.join("\n", rows);
    }

    private static String trimLineBreaks(String text) {
        return EDGE_LINE_BREAKS.matcher(text).replaceAll("");
    }
}
