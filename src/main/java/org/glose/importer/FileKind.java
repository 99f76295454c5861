package org.glose.importer;

import java.util.Set;

/**
 * What a file really is, judged from its content (see {@link FileIdentifier}). Only the definite kinds are used to
 * refuse a file whose extension says otherwise; {@link #OTHER} covers text and anything not recognised.
 */
public enum FileKind {
    PDF("pdf", "a PDF file"),
    DOCX("docx", "a Word document (.docx)"),
    DOC("doc", "a Word 97-2003 document (.doc)"),
    ODT("odt", "an OpenDocument text (.odt)"),
    RTF("rtf", "an RTF document (.rtf)"),
    EPUB("epub", "an EPUB book (.epub)"),
    XLSX("xlsx", "an Excel workbook (.xlsx)"),
    XLS("xls", "an Excel 97-2003 workbook (.xls)"),
    ODS("ods", "an OpenDocument spreadsheet (.ods)"),
    PPTX("pptx", "a PowerPoint presentation (.pptx)"),
    PPT("ppt", "a PowerPoint 97-2003 presentation (.ppt)"),
    ODP("odp", "an OpenDocument presentation (.odp)"),
    /** An encrypted Office file: the container hides which one; the reader says it is password-protected. */
    ENCRYPTED_OFFICE(null, "a password-protected Office file"),
    /** Text of any kind (TXT, Markdown, HTML, CSV), or content not recognised: the reader decides. */
    OTHER(null, "a file of unknown kind");

    /** The extensions of tables (spreadsheets and CSV), imported by choosing columns rather than as a document. */
    public static final Set<String> TABLE_EXTENSIONS = Set.of("xlsx", "xls", "ods", "csv", "tsv");

    private final String extension;
    private final String description;

    FileKind(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The usual extension of this kind, without dot; null for the indefinite kinds. */
    public String extension() {
        return extension;
    }

    /** "a PDF file", "an Excel workbook (.xlsx)"... to follow "it is really". */
    public String description() {
        return description;
    }

    /** True when the content alone shows the format, so that a different extension is a mistake. */
    public boolean isDefinite() {
        return extension != null;
    }

    /** True for spreadsheets. */
    public boolean isTable() {
        return extension != null && TABLE_EXTENSIONS.contains(extension);
    }
}
