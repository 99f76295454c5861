package org.glose.importer;

import java.nio.charset.StandardCharsets;

/** Magic numbers of the binary formats the readers know, checked on the first bytes of a file. */
public final class FileSignatures {

    /** How far into the file a PDF header may start (the PDF specification tolerates leading junk). */
    private static final int PDF_HEADER_WINDOW = 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileSignatures() {
    }

    /** "%PDF-" at the start or within the first kilobyte. */
    public static boolean isPdf(byte[] head) {
        int last = Math.min(head.length - PDF.length, PDF_HEADER_WINDOW);
        for (int i = 0; i <= last; i++) {
            if (startsWith(head, i, PDF)) {
                return true;
            }
        }
        return false;
    }

    /** A ZIP local file header (PK\3\4), as in DOCX, XLSX, ODT... */
    public static boolean isZip(byte[] head) {
        return startsWith(head, 0, ZIP);
    }

    /** An OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): old .doc/.xls, or an encrypted OOXML file. */
    public static boolean isOle2(byte[] head) {
        return startsWith(head, 0, OLE2);
    }

    /** Any of the binary formats above. */
    public static boolean isKnownBinary(byte[] head) {
        return isPdf(head) || isZip(head) || isOle2(head);
    }

    private static boolean startsWith(byte[] bytes, int from, byte[] prefix) {
        if (bytes == null || from < 0 || bytes.length - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
