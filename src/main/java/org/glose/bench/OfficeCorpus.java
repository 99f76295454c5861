package org.glose.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The synthetic corpus as DOCX (POI XWPF: one paragraph per paragraph) and PDF (PDFBox: A4 pages of Helvetica
 * lines) files, for the import workloads of those formats. Deterministic: the same text every run, and the same
 * bytes for the PDFs (the DOCX files differ only in the zip entries' times, which POI takes from the clock). Characters Helvetica's WinAnsi encoding lacks become '?' in the PDF (the study text has
 * almost none).
 */
final class OfficeCorpus {

    /** DOCX documents are as large as the text corpus's; PDFs smaller, since a page costs PDFBox far more. */
    static final int DOCX_SIZE = Scale.DOCUMENT_SIZE;
    static final int PDF_SIZE = 20_000;

    private static final float FONT_SIZE = 10;
    private static final float LEADING = 12;
    private static final float MARGIN = 50;
    private static final int LINE_CHARS = 90;

    private OfficeCorpus() {
    }

    static List<Path> docx(Path folder, int count) {
        return write(folder, count, DOCX_SIZE, "docx", OfficeCorpus::writeDocx);
    }

    static List<Path> pdf(Path folder, int count) {
        return write(folder, count, PDF_SIZE, "pdf", OfficeCorpus::writePdf);
    }

    private interface Writer {
        void write(String text, OutputStream out) throws IOException;
    }

    private static List<Path> write(Path folder, int count, int size, String extension, Writer writer) {
        SyntheticCorpus corpus = SyntheticCorpus.fromBundledStudy();
        try {
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path file = folder.resolve(SyntheticCorpus.documentName(i).replace(".txt", "." + extension));
                try (OutputStream out = Files.newOutputStream(file)) {
                    writer.write(corpus.document(i, size), out);
                }
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeDocx(String text, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreated(Optional.empty());
            for (String paragraph : text.split("\n")) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(out);
        }
    }

    private static void writePdf(String text, OutputStream out) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        boolean[] missing = new boolean[Character.MAX_VALUE + 1];
        boolean[] known = new boolean[Character.MAX_VALUE + 1];
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            wrap(encodable(paragraph, font, missing, known), lines::add);
            lines.add("");
        }
        int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(0L);   // else the file's /ID is derived from the clock
            for (int first = 0; first < lines.size(); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, FONT_SIZE);
                    s.setLeading(LEADING);
                    s.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                        s.showText(line);
                        s.newLine();
                    }
                    s.endText();
                }
            }
            doc.save(out);
        }
    }

    /** Lines of at most {@value #LINE_CHARS} characters, cut at spaces where there is one. */
    private static void wrap(String paragraph, java.util.function.Consumer<String> line) {
        String rest = paragraph;
        while (rest.length() > LINE_CHARS) {
            int cut = rest.lastIndexOf(' ', LINE_CHARS);
            cut = cut > 0 ? cut : LINE_CHARS;
            line.accept(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        line.accept(rest);
    }

    private static String encodable(String s, PDType1Font font, boolean[] missing, boolean[] known) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!known[c]) {
                known[c] = true;
                try {
                    font.encode(String.valueOf(c));
                } catch (IOException | IllegalArgumentException e) {
                    missing[c] = true;
                }
            }
            sb.append(missing[c] ? '?' : c);
        }
        return sb.toString();
    }
}
