package org.glose.importer.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.PlainTextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocReaderTest {

    private final DocReader reader = new DocReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offre-de-stage", "conference-plateformes-2019", "ingechef-data-gouv-terr"})
    void sampleDocGivesExactlyTheTextOfItsTxtTwin(String document) throws Exception {
        ExtractedText doc = reader.read(SampleCorpus.bytes(document, "doc"), document + ".doc");
        ExtractedText txt = new PlainTextReader().read(SampleCorpus.bytes(document, "txt"), document + ".txt");

        assertThat(doc.text().stripTrailing()).isEqualTo(txt.text().stripTrailing());
        assertThat(doc.pageStarts()).isNull();
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void keepsFieldResultsAndDropsWordMarks() {
        String raw = "Voir \u0013 HYPERLINK \"https://x.fr\" \u0014le site\u0015 et \u0013PAGE\u0015 la page"
                + "\u0001 auto\u001Fnomie et bien\u001Eêtre\u000Bligne\u0013 IF \u0013 REF a \u0014b\u0015 \u0014c\u0015";

        assertThat(DocText.clean(raw)).isEqualTo("Voir le site et  la page autonomie et bien-être\nlignec");
    }

    @Test
    void refusesOtherFormatsTruncatedCorruptAndEmptyFiles() {
        byte[] sample = SampleCorpus.bytes("offre-de-stage", "doc");
        byte[] corrupt = sample.clone();
        Arrays.fill(corrupt, 512, corrupt.length, (byte) 0x5A);

        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "docx"), "x.doc"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("it is not a valid DOC file");
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "pdf"), "x.doc"))
                .hasMessage("it is not a valid DOC file");
        assertThatThrownBy(() -> reader.read(Arrays.copyOf(sample, sample.length / 3), "x.doc"))
                .hasMessage("it is not a valid DOC file");
        assertThatThrownBy(() -> reader.read(corrupt, "x.doc")).hasMessage("it is not a valid DOC file");
        assertThatThrownBy(() -> reader.read(new byte[0], "x.doc")).hasMessage("it is empty");
    }

    @Test
    void refusesAPasswordProtectedDoc() throws Exception {
        byte[] encrypted;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(SampleCorpus.bytes("offre-de-stage", "doc")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            encrypted = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> reader.read(encrypted, "secret.doc")).hasMessage("it is password-protected");
    }

    @Test
    void refusesAPasswordProtectedWordFileNamedDoc() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(SampleCorpus.bytes("offre-de-stage", "docx"));
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }

        assertThatThrownBy(() -> reader.read(encrypted, "secret.doc")).hasMessage("it is password-protected");
    }
}
