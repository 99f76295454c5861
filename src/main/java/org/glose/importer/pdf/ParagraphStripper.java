package org.glose.importer.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A {@link PDFTextStripper} that, instead of writing text, collects the lines of each paragraph it detects
 * (PDFBox's own paragraph detection, from the vertical gaps and indents between lines).
 */
final class ParagraphStripper extends PDFTextStripper {

    private final List<List<String>> paragraphs = new ArrayList<>();
    private StringBuilder line = new StringBuilder();

    private ParagraphStripper() {
        setLineSeparator("\n");
        setWordSeparator(" ");
    }

    /** The paragraphs of one page (1-based), each as its list of lines, in PDFBox reading order. */
    static List<List<String>> paragraphs(PDDocument document, int page) throws IOException {
        ParagraphStripper stripper = new ParagraphStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(document, Writer.nullWriter());
        stripper.endLine();
        stripper.paragraphs.removeIf(List::isEmpty);
        return stripper.paragraphs;
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
        paragraphs.add(new ArrayList<>());
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeWordSeparator() {
        line.append(getWordSeparator());
    }

    @Override
    protected void writeString(String text) {
        line.append(text);
    }

    @Override
    protected void writePageStart() {
        // nothing: pages are separated by the reader
    }

    @Override
    protected void writePageEnd() {
        // nothing: pages are separated by the reader
    }

    private void endLine() {
        if (line.isEmpty()) {
            return;
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(new ArrayList<>());
        }
        paragraphs.get(paragraphs.size() - 1).add(line.toString());
        line = new StringBuilder();
    }
}
