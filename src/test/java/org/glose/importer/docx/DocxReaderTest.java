package org.glose.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.PlainTextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocxReaderTest {

    private final DocxReader reader = new DocxReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offre-de-stage", "conference-plateformes-2019", "ingechef-data-gouv-terr"})
    void sampleDocxGivesExactlyTheTextOfItsTxtTwin(String document) throws Exception {
        ExtractedText docx = reader.read(SampleCorpus.bytes(document, "docx"), document + ".docx");
        ExtractedText txt = new PlainTextReader().read(SampleCorpus.bytes(document, "txt"), document + ".txt");

        // Empty paragraphs are kept as empty lines, so even the offsets agree (the TXT may end with one more \n).
        assertThat(docx.text().stripTrailing()).isEqualTo(txt.text().stripTrailing());
        assertThat(docx.pageStarts()).isNull();
        assertThat(docx.encoding()).isNull();
    }

    @Test
    void ordersHeadersBodyTablesFootnotesAndFooters() throws Exception {
        byte[] bytes = write(documentWithEverything());

        ExtractedText extracted = reader.read(bytes, "everything.docx");

        assertThat(extracted.text()).isEqualTo("""
                En-tête courant
                Première phrase[1] suite.

                Nom\tRôle
                Élise\tAnalyste
                Qualitative
                Après la table.
                [1] Une note de bas de page.
                Pied de page""");
        assertThat(extracted.warnings()).isEmpty();
    }

    @Test
    void refusesAPdfGivenAsDocx() {
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "pdf"), "x.docx"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("it is not a valid DOCX file");
    }

    @Test
    void refusesTruncatedOrCorruptDocx() {
        byte[] sample = SampleCorpus.bytes("offre-de-stage", "docx");
        byte[] truncated = Arrays.copyOf(sample, sample.length / 2);
        byte[] corrupt = sample.clone();
        Arrays.fill(corrupt, 40, corrupt.length - 40, (byte) 0x5A);

        assertThatThrownBy(() -> reader.read(truncated, "x.docx")).hasMessage("it is not a valid DOCX file");
        assertThatThrownBy(() -> reader.read(corrupt, "x.docx")).hasMessage("it is not a valid DOCX file");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes/readme.txt"));
            zip.write("pas un document Word".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(out.toByteArray(), "x.docx")).hasMessage("it is not a valid DOCX file");
    }

    @Test
    void refusesAPasswordProtectedDocx() throws Exception {
        byte[] encrypted = encrypt(write(documentWithEverything()), "secret");

        assertThatThrownBy(() -> reader.read(encrypted, "secret.docx"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("it is password-protected");
    }

    @Test
    void refusesAnOle2FileThatIsNotEncrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> reader.read(out.toByteArray(), "old.docx")).hasMessage("it is not a valid DOCX file");
    }

    @Test
    void refusesAnEmptyFileOrADocumentWithoutText() throws Exception {
        try (XWPFDocument blank = new XWPFDocument()) {
            blank.createParagraph();
            byte[] bytes = write(blank);
            assertThatThrownBy(() -> reader.read(bytes, "blank.docx")).hasMessage("it is empty");
        }
        assertThatThrownBy(() -> reader.read(new byte[0], "zero.docx")).hasMessage("it is empty");
    }

    @Test
    void recognisesAZipHead() {
        assertThat(reader.recognises(SampleCorpus.bytes("offre-de-stage", "docx"))).isTrue();
        assertThat(reader.recognises(SampleCorpus.bytes("offre-de-stage", "pdf"))).isFalse();
        assertThat(reader.recognises("texte".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(reader.format()).isEqualTo("docx");
        assertThat(reader.extensions()).containsExactly("docx");
    }

    private static XWPFDocument documentWithEverything() {
        XWPFDocument document = new XWPFDocument();
        document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("En-tête courant");
        document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Pied de page");
        XWPFParagraph first = document.createParagraph();
        first.createRun().setText("Première phrase");
        document.createFootnotes();
        XWPFFootnote footnote = document.createFootnote();
        footnote.createParagraph().createRun().setText("Une note de bas de page.");
        first.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
        first.createRun().setText(" suite.");
        document.createParagraph();
        XWPFTable table = document.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Nom");
        table.getRow(0).getCell(1).setText("Rôle");
        table.getRow(1).getCell(0).setText("Élise");
        table.getRow(1).getCell(1).setText("Analyste");
        table.getRow(1).getCell(1).addParagraph().createRun().setText("Qualitative");
        document.createParagraph().createRun().setText("Après la table.");
        return document;
    }

    private static byte[] write(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            document.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] encrypt(byte[] docx, String password) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }
}
