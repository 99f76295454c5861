package org.glose.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file really is from its content, so that a file whose extension lies (a DOCX renamed .doc, a PDF
 * renamed .docx) is refused with a sentence that says what it is, instead of a vague "not a valid file".
 */
public final class FileIdentifier {

    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

    private FileIdentifier() {
    }

    /** The kind of content; {@link FileKind#OTHER} when it is text or not recognised (never null). */
    public static FileKind identify(byte[] content) {
        if (content == null || content.length == 0) {
            return FileKind.OTHER;
        }
        if (FileSignatures.isZip(content)) {
            return zipKind(content);
        }
        if (FileSignatures.isOle2(content)) {
            return ole2Kind(content);
        }
        if (FileSignatures.isPdf(content)) {
            return FileKind.PDF;
        }
        return startsWithRtf(content) ? FileKind.RTF : FileKind.OTHER;
    }

    /**
     * Why a file with this extension cannot be read, when its content is definitely another format: e.g. "it is
     * really a PDF file, not a DOCX file: rename it to .pdf to import it". Empty when the content may fit.
     *
     * @param readable the extensions Glose can import as documents or as tables, to say whether renaming helps
     */
    public static Optional<String> mismatch(byte[] content, String extension, Set<String> readable) {
        FileKind kind = identify(content);
        String expected = extension.toLowerCase(Locale.ROOT);
        if (!kind.isDefinite() || kind.extension().equals(expected)) {
            return Optional.empty();
        }
        String really = "it is really " + kind.description() + ", not " + article(expected) + " "
                + expected.toUpperCase(Locale.ROOT) + " file";
        return Optional.of(readable.contains(kind.extension())
                ? really + ": rename it to ." + kind.extension() + " to import it"
                : really + ", and Glose cannot import that kind of file");
    }

    private static String article(String extension) {
        return "aefhilmnorsx".indexOf(extension.charAt(0)) >= 0 ? "an" : "a";   // how the letter is spoken
    }

    private static FileKind zipKind(byte[] content) {
        try {
            ZipContent zip = ZipContent.read(content, name -> name.equals("mimetype"));
            Optional<String> mimetype = zip.entry("mimetype").map(b -> new String(b, StandardCharsets.US_ASCII).strip());
            if (mimetype.isPresent()) {
                switch (mimetype.get()) {
                    case "application/vnd.oasis.opendocument.text": return FileKind.ODT;
                    case "application/vnd.oasis.opendocument.spreadsheet": return FileKind.ODS;
                    case "application/vnd.oasis.opendocument.presentation": return FileKind.ODP;
                    case "application/epub+zip": return FileKind.EPUB;
                    default: break;
                }
            }
            if (zip.has("word/document.xml")) {
                return FileKind.DOCX;
            }
            if (zip.has("xl/workbook.xml")) {
                return FileKind.XLSX;
            }
            return zip.has("ppt/presentation.xml") ? FileKind.PPTX : FileKind.OTHER;
        } catch (IOException e) {
            return FileKind.OTHER;   // corrupt: the reader refuses it with its own sentence
        }
    }

    private static FileKind ole2Kind(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryEntry root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return FileKind.ENCRYPTED_OFFICE;
            }
            if (root.hasEntry("WordDocument")) {
                return FileKind.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return FileKind.XLS;
            }
            return root.hasEntry("PowerPoint Document") ? FileKind.PPT : FileKind.OTHER;
        } catch (IOException | RuntimeException e) {
            return FileKind.OTHER;
        }
    }

    /** "{\rtf" after an optional UTF-8 byte order mark and white space. */
    private static boolean startsWithRtf(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (content.length - i < RTF.length) {
            return false;
        }
        for (int j = 0; j < RTF.length; j++) {
            if (content[i + j] != RTF[j]) {
                return false;
            }
        }
        return true;
    }
}
