package org.glose.importer.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.UnreadableDocumentException;

/**
 * PDF files, read with PDFBox page by page so that the start of every page is known. Lines of a paragraph are
 * joined (see {@link PageLayout}); pages are separated by a line break.
 */
public final class PdfReader implements DocumentReader {

    private static final String NOT_PDF = "it is not a valid PDF file";
    private static final String TRUNCATED = "The file seems truncated (no %%EOF marker at its end); text may be missing.";
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int EOF_WINDOW = 2048;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    /** "%PDF-" at the start (or within the first kilobyte, as the PDF specification tolerates). */
    @Override
    public boolean recognises(byte[] head) {
        return head != null && FileSignatures.isPdf(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (!FileSignatures.isPdf(bytes)) {
            throw new UnreadableDocumentException(NOT_PDF);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            ExtractedText text = read(document);
            return hasEndMarker(bytes) ? text : withWarning(text, TRUNCATED);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("it is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(NOT_PDF, e);
        }
    }

    private static ExtractedText read(PDDocument document) throws UnreadableDocumentException, IOException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new UnreadableDocumentException(NOT_PDF);
        }
        StringBuilder text = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>(pageCount);
        List<Integer> emptyPages = new ArrayList<>();
        List<Integer> failedPages = new ArrayList<>();
        int removedControls = 0;
        for (int page = 1; page <= pageCount; page++) {
            String pageText;
            try {
                pageText = PageLayout.toText(ParagraphStripper.paragraphs(document, page));
            } catch (IOException | RuntimeException e) {
                failedPages.add(page);
                pageText = "";
            }
            TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(pageText);
            removedControls += normalised.removedControls();
            pageText = normalised.text();
            if (pageText.isBlank()) {
                emptyPages.add(page);
                pageStarts.add(text.length());
                continue;
            }
            if (!text.isEmpty() && !PageLayout.continuesWord(text, pageText)) {
                text.append('\n');
            }
            pageStarts.add(text.length());
            text.append(pageText);
        }
        if (failedPages.size() == pageCount) {
            throw new UnreadableDocumentException(NOT_PDF);
        }
        if (text.toString().isBlank()) {
            throw new UnreadableDocumentException("it contains no extractable text (a scanned PDF needs OCR first)");
        }
        String result = text.toString();
        List<String> warnings = warnings(emptyPages, failedPages, removedControls);
        return new ExtractedText(result, pageStarts, null, LanguageGuesser.guess(result), warnings);
    }

    /** True when "%%EOF" is in the last bytes, as in every complete PDF file. */
    private static boolean hasEndMarker(byte[] bytes) {
        for (int i = bytes.length - EOF_MARKER.length; i >= Math.max(0, bytes.length - EOF_WINDOW); i--) {
            if (Arrays.equals(bytes, i, i + EOF_MARKER.length, EOF_MARKER, 0, EOF_MARKER.length)) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedText withWarning(ExtractedText text, String warning) {
        List<String> warnings = new ArrayList<>(text.warnings());
        warnings.add(warning);
        return new ExtractedText(text.text(), text.pageStarts(), text.encoding(), text.language(), warnings);
    }

    private static List<String> warnings(List<Integer> emptyPages, List<Integer> failedPages, int removedControls) {
        List<String> warnings = new ArrayList<>();
        new TextNormaliser.Result("", removedControls).warning().ifPresent(warnings::add);
        List<Integer> blank = new ArrayList<>(emptyPages);
        blank.removeAll(failedPages);
        if (!failedPages.isEmpty()) {
            warnings.add(pages(failedPages) + " could not be read and gave no text.");
        }
        if (!blank.isEmpty()) {
            warnings.add(pages(blank) + (blank.size() == 1 ? " has" : " have")
                    + " no extractable text (an image-only page needs OCR).");
        }
        return warnings;
    }

    private static String pages(List<Integer> pages) {
        StringBuilder list = new StringBuilder(pages.size() == 1 ? "Page " : "Pages ");
        for (int i = 0; i < pages.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(pages.get(i));
        }
        return list.toString();
    }
}
