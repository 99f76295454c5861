package org.glose.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.glose.importer.DocumentReader;
import org.glose.importer.ExtractedText;
import org.glose.importer.FileSignatures;
import org.glose.importer.LanguageGuesser;
import org.glose.importer.TextNormaliser;
import org.glose.importer.PackageRefusal;
import org.glose.importer.UnreadableDocumentException;

/** Word 2007+ documents (.docx), read with Apache POI XWPF; see {@link DocxText} for what text comes out. */
public final class DocxReader implements DocumentReader {

    private static final String NOT_DOCX = "it is not a valid DOCX file";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    /** A ZIP magic number: the head alone cannot show the word/document.xml entry, which {@link #read} checks. */
    @Override
    public boolean recognises(byte[] head) {
        return head != null && FileSignatures.isZip(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("it is empty");
        }
        if (FileSignatures.isOle2(bytes)) {
            throw new UnreadableDocumentException(isEncryptedPackage(bytes) ? "it is password-protected" : NOT_DOCX);
        }
        if (!FileSignatures.isZip(bytes)) {
            throw new UnreadableDocumentException(NOT_DOCX);
        }
        String raw;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            raw = DocxText.of(document);
        } catch (IOException | RuntimeException e) {
            // POI reports damaged packages with many exception types (POIXMLException, NotOfficeXmlFileException...)
            throw PackageRefusal.of(e, NOT_DOCX);
        }
        TextNormaliser.Result normalised = TextNormaliser.normaliseReporting(raw);
        if (normalised.text().isBlank()) {
            throw new UnreadableDocumentException("it is empty");
        }
        List<String> warnings = new ArrayList<>();
        normalised.warning().ifPresent(warnings::add);
        String text = normalised.text();
        return new ExtractedText(text, null, null, LanguageGuesser.guess(text), warnings);
    }

    /** An OLE2 container holding an encrypted OOXML package (what Word writes for a password-protected file). */
    private static boolean isEncryptedPackage(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
