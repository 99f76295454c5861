package org.glose.importer.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.Word6Extractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.UnreadableDocumentException;

/** Word 97-2003 documents (.doc), read with Apache POI HWPF (Word 6 and 95 with its older extractor). */
public final class DocReader implements DocumentReader {

    private static final String NOT_DOC = "it is not a valid DOC file";
    private static final String PROTECTED = "it is password-protected";

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("doc");
    }

    /** An OLE2 compound file; only reading can tell a Word document from a workbook stored the same way. */
    @Override
    public boolean recognises(byte[] head) {
        return head != null && FileSignatures.isOle2(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (!FileSignatures.isOle2(bytes)) {
            throw new UnreadableDocumentException(NOT_DOC);
        }
        String raw = extract(bytes);
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(raw);
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        List<String> warnings = new ArrayList<>();
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, null, LanguageGuesser.guess(text), warnings);
    }

    private static String extract(byte[] bytes) throws UnreadableDocumentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException(PROTECTED);   // an encrypted .docx stored as OLE2
            }
            if (!root.hasEntry("WordDocument")) {
                throw new UnreadableDocumentException(NOT_DOC);
            }
            try {
                return DocText.of(new HWPFDocument(root));
            } catch (OldWordFileFormatException e) {
                return word6(root);
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(PROTECTED, e);
        } catch (IOException | RuntimeException e) {
            // HWPF reports damaged files with many exception types (IndexOutOfBounds, IllegalArgument...)
            throw new UnreadableDocumentException(NOT_DOC, e);
        }
    }

    /** Word 6 and Word 95 files: plain text only (their tables and notes are not told apart). */
    private static String word6(DirectoryNode root) throws IOException {
        try (Word6Extractor extractor = new Word6Extractor(root)) {
            return DocText.clean(extractor.getText());
        }
    }
}
