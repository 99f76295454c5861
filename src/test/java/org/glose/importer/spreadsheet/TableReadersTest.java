package org.glose.importer.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.glose.importer.FileKind;
import org.glose.importer.SampleCorpus;
import org.glose.importer.TestZips;
import org.glose.importer.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

class TableReadersTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static TableReader reader(String fileName) {
        return TableReaders.forFile(fileName).orElseThrow();
    }

    @Test
    void readsAnXlsxSheetAsHeadersAndNonBlankRows() throws Exception {
        TableReader xlsx = reader("enquête.XLSX");

        Table table = xlsx.read(SurveyFixtures.xlsx(), TableOptions.DEFAULT);

        assertThat(xlsx.sheets(SurveyFixtures.xlsx())).containsExactly("Réponses", "Notes");
        assertThat(table.sheet()).isEqualTo("Réponses");
        assertThat(table.headers()).containsExactly("Répondant", "Âge", "Genre", "Pourquoi partagez-vous vos données ?");
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 3, 4, 5, 7);
        assertThat(table.rows().get(0).cells()).containsExactly("R01", "34", "femme", "Pour la transparence de l’État.");
        assertThat(table.rows().get(3).cell(3)).isEqualTo("Je ne sais pas.\nPeut-être par habitude.");
        assertThat(table.rows().get(4).cell(3)).isEqualTo("Pour les communs numériques 😀.");
        assertThat(xlsx.read(SurveyFixtures.xlsx(), new TableOptions("notes", null, null)).headers())
                .containsExactly("Codebook to come");
        assertThat(xlsx.read(SurveyFixtures.xlsx(), new TableOptions("2", null, null)).sheet()).isEqualTo("Notes");
        assertThatThrownBy(() -> xlsx.read(SurveyFixtures.xlsx(), new TableOptions("Codes", null, null)))
                .hasMessage("it has no sheet “Codes” (its sheets are “Réponses”, “Notes”)");
    }

    @Test
    void readsAWindows1252CsvWithSemicolonsAndQuotedLineBreaks() throws Exception {
        String csv = "Répondant;Âge;Réponse\r\nR01;34;\"Pour l'État; et \"\"vite\"\"\"\r\n\r\nR02;;\"Deux\r\nlignes\"\r\n";

        Table table = reader("réponses.csv").read(csv.getBytes(WINDOWS_1252), TableOptions.DEFAULT);

        assertThat(table.headers()).containsExactly("Répondant", "Âge", "Réponse");
        assertThat(table.rows()).extracting(Table.Row::cells).containsExactly(
                List.of("R01", "34", "Pour l'État; et \"vite\""), List.of("R02", "", "Deux\r\nlignes"));
    }

    @Test
    void csvSeparatorAndEncodingCanBeForced() throws Exception {
        String csv = "a,b|c\n1,2|3\n";
        byte[] latin = "nom\nÉlise\n".getBytes(StandardCharsets.ISO_8859_1);

        Table table = reader("x.csv").read(csv.getBytes(StandardCharsets.UTF_8), new TableOptions(null, null, '|'));
        Table forced = reader("x.csv").read(latin, new TableOptions(null, StandardCharsets.ISO_8859_1, null));

        assertThat(table.headers()).containsExactly("a,b", "c");
        assertThat(forced.rows().get(0).cells()).containsExactly("Élise");
        assertThat(CsvTableReader.detectDelimiter("\"a;b\",c,d\n")).isEqualTo(',');
        assertThat(CsvTableReader.detectDelimiter("a\tb\tc")).isEqualTo('\t');
    }

    @Test
    void readsAnOdsSheetExpandingRepeatedCellsButNotThePadding() throws Exception {
        TableReader ods = reader("enquête.ods");

        Table table = ods.read(SurveyFixtures.ods(), new TableOptions("Enquête", null, null));

        assertThat(ods.sheets(SurveyFixtures.ods())).containsExactly("Vide", "Enquête");
        assertThat(table.headers()).containsExactly("Id", "Site", "Column C", "Verbatim");
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("A1", "Tarbes", "", "Première ligne\nseconde ligne");
        assertThat(table.rows().get(1).cells()).containsExactly("B2", "B2", "", "Réponse  courte");
    }

    @Test
    void makesHeadersUniqueAndNamesBlankOnes() {
        Table table = Table.of(null, List.of(new Table.Row(1, List.of("Q", " q ", "", "Q")), new Table.Row(2, List.of("x"))));

        assertThat(table.headers()).containsExactly("Q", "q (2)", "Column C", "Q (3)");
        assertThat(Table.letter(0)).isEqualTo("A");
        assertThat(Table.letter(27)).isEqualTo("AB");
        assertThat(Table.letter(16_383)).isEqualTo("XFD");
    }

    @Test
    void refusesProtectedCorruptAndEmptyFiles() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(SurveyFixtures.xlsx());
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        String manifest = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                + "</manifest:file-entry></manifest:manifest>";
        byte[] encryptedOds = TestZips.zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "xx", "META-INF/manifest.xml", manifest);
        byte[] truncated = java.util.Arrays.copyOf(SurveyFixtures.xlsx(), 900);

        assertThatThrownBy(() -> reader("x.xlsx").read(encrypted, TableOptions.DEFAULT))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("it is password-protected");
        assertThatThrownBy(() -> reader("x.ods").read(encryptedOds, TableOptions.DEFAULT))
                .hasMessage("it is password-protected");
        assertThatThrownBy(() -> reader("x.xlsx").read(truncated, TableOptions.DEFAULT))
                .hasMessage("it is not a valid XLSX file");
        assertThatThrownBy(() -> reader("x.xls").read(SampleCorpus.bytes("offre-de-stage", "doc"), TableOptions.DEFAULT))
                .hasMessage("it is not a valid XLS file");
        assertThatThrownBy(() -> reader("x.ods").read(SampleCorpus.bytes("offre-de-stage", "odt"), TableOptions.DEFAULT))
                .hasMessage("it is not a valid ODS file");
        assertThatThrownBy(() -> reader("x.csv").read(SampleCorpus.bytes("offre-de-stage", "pdf"), TableOptions.DEFAULT))
                .hasMessage("it does not look like a text file");
        assertThatThrownBy(() -> reader("x.csv").read("a;b\n\"non fermé;x\n".getBytes(StandardCharsets.UTF_8),
                TableOptions.DEFAULT)).hasMessageStartingWith("it is not a valid CSV file");
        for (String name : List.of("x.xlsx", "x.xls", "x.ods", "x.csv")) {
            assertThatThrownBy(() -> reader(name).read(new byte[0], TableOptions.DEFAULT)).as(name).hasMessage("it is empty");
        }
    }

    @Test
    void theTableExtensionsAreTheOnesTheDocumentImporterSendsHere() {
        assertThat(TableReaders.extensions()).containsExactlyInAnyOrderElementsOf(FileKind.TABLE_EXTENSIONS);
        assertThat(TableReaders.isTable("Enquête.TSV")).isTrue();
        assertThat(TableReaders.isTable("notes.txt")).isFalse();
    }
}
