package org.glose.importer.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.TestZips;
import org.glose.importer.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

class EpubReaderTest {

    private static final String CONTAINER = "<?xml version=\"1.0\"?><container version=\"1.0\" "
            + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
            + "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
            + "</rootfiles></container>";
    private static final String OPF = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
            + "version=\"3.0\"><manifest>"
            + "<item id=\"c2\" href=\"Text/chapitre%202.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "<item id=\"c1\" href=\"Text/chapitre1.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>"
            + "</manifest><spine><itemref idref=\"c1\"/><itemref idref=\"c2\"/></spine></package>";

    private final EpubReader reader = new EpubReader();

    private static String chapter(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<title>Titre</title></head><body>" + body + "</body></html>";
    }

    private static byte[] epub(String... extraEntries) {
        String[] entries = {"mimetype", "application/epub+zip", "META-INF/container.xml", CONTAINER,
                "OEBPS/content.opf", OPF, "OEBPS/Text/chapitre%202.xhtml", "not this one",
                "OEBPS/Text/chapitre 2.xhtml", chapter("<h1>Chapitre 2</h1><p>Fin du récit.</p>"),
                "OEBPS/Text/chapitre1.xhtml", chapter("<h1>Chapitre 1</h1><p>Il était<br/>une fois&nbsp;!</p><div/>"
                        + "<p>Suite.</p>")};
        String[] all = new String[entries.length + extraEntries.length];
        System.arraycopy(entries, 0, all, 0, entries.length);
        System.arraycopy(extraEntries, 0, all, entries.length, extraEntries.length);
        return TestZips.zip(all);
    }

    @Test
    void readsTheChaptersInSpineOrder() throws Exception {
        ExtractedText text = reader.read(epub(), "livre.epub");

        assertThat(text.text()).isEqualTo("Chapitre 1\nIl était\nune fois\u00A0!\nSuite.\nChapitre 2\nFin du récit.");
        assertThat(text.pageStarts()).isNull();
    }

    @Test
    void refusesABookUnderDrm() {
        String encryption = "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                + "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData><enc:CipherData>"
                + "<enc:CipherReference URI=\"OEBPS/Text/chapitre1.xhtml\"/></enc:CipherData></enc:EncryptedData>"
                + "</encryption>";

        assertThatThrownBy(() -> reader.read(epub("META-INF/encryption.xml", encryption), "x.epub"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("it is copy-protected (DRM)");
    }

    @Test
    void readsABookWhoseOnlyObfuscatedFilesAreFonts() throws Exception {
        String encryption = "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                + "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData><enc:CipherData>"
                + "<enc:CipherReference URI=\"OEBPS/Fonts/police.otf\"/></enc:CipherData></enc:EncryptedData>"
                + "</encryption>";

        assertThat(reader.read(epub("META-INF/encryption.xml", encryption), "x.epub").text()).startsWith("Chapitre 1");
    }

    @Test
    void refusesOtherFormatsBrokenPackagesAndEmptyFiles() {
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "docx"), "x.epub"))
                .hasMessage("it is not a valid EPUB file");
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "pdf"), "x.epub"))
                .hasMessage("it is not a valid EPUB file");
        assertThatThrownBy(() -> reader.read(TestZips.zip("mimetype", "application/epub+zip",
                "META-INF/container.xml", CONTAINER), "x.epub")).hasMessage("it is not a valid EPUB file");
        assertThatThrownBy(() -> reader.read(new byte[0], "x.epub")).hasMessage("it is empty");
    }
}
