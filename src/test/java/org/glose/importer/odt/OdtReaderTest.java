package org.glose.importer.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.glose.importer.ExtractedText;
import org.glose.importer.SampleCorpus;
import org.glose.importer.TestZips;
import org.glose.importer.UnreadableDocumentException;
import org.glose.importer.txt.PlainTextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OdtReaderTest {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

    private final OdtReader reader = new OdtReader();

    private static String content(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + TestZips.ODF_NAMESPACES
                + "><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offre-de-stage", "conference-plateformes-2019", "ingechef-data-gouv-terr"})
    void sampleOdtGivesExactlyTheTextOfItsTxtTwin(String document) throws Exception {
        ExtractedText odt = reader.read(SampleCorpus.bytes(document, "odt"), document + ".odt");
        ExtractedText txt = new PlainTextReader().read(SampleCorpus.bytes(document, "txt"), document + ".txt");

        assertThat(odt.text().stripTrailing()).isEqualTo(txt.text().stripTrailing());
        assertThat(odt.pageStarts()).isNull();
        assertThat(odt.warnings()).isEmpty();
    }

    @Test
    void readsHeadingsListsTablesNotesSpacesHeadersAndFooters() throws Exception {
        String body = "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>"
                + "<text:h text:outline-level=\"1\">Entretien n°1</text:h>"
                + "<text:p>Élise :<text:s text:c=\"3\"/>bonjour<text:tab/>suite<text:line-break/>ligne 2</text:p>"
                + "<text:p/>"
                + "<text:list><text:list-item><text:p>premier point</text:p></text:list-item>"
                + "<text:list-item><text:list><text:list-item><text:p>sous-point</text:p></text:list-item></text:list>"
                + "</text:list-item></text:list>"
                + "<table:table><table:table-columns><table:table-column/></table:table-columns>"
                + "<table:table-header-rows><table:table-row><table:table-cell><text:p>Nom</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Rôle</text:p></table:table-cell></table:table-row></table:table-header-rows>"
                + "<table:table-row><table:table-cell><text:p>Yanis</text:p><text:p>Tarbes</text:p></table:table-cell>"
                + "<table:covered-table-cell/><table:table-cell><text:p>Codeur</text:p></table:table-cell>"
                + "</table:table-row></table:table>"
                + "<text:p>Une note<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>Texte de la note.</text:p></text:note-body></text:note> et une fin"
                + "<text:note text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
                + "<text:note-body><text:p>Note de fin.</text:p></text:note-body></text:note>.</text:p>"
                + "<text:p>Sans <office:annotation><dc:creator>Camille</dc:creator><text:p>commentaire</text:p>"
                + "</office:annotation>commentaire<draw:frame><draw:text-box><text:p>cadre</text:p></draw:text-box>"
                + "</draw:frame> ni cadre.</text:p>"
                + "<text:tracked-changes><text:changed-region><text:deletion><text:p>supprimé</text:p></text:deletion>"
                + "</text:changed-region></text:tracked-changes>"
                + "<text:p>  espaces \n  littéraux  <text:span>repliés</text:span></text:p>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + TestZips.ODF_NAMESPACES
                + "><office:master-styles><style:master-page style:name=\"Standard\">"
                + "<style:header><text:p>En-tête courant</text:p></style:header>"
                + "<style:footer><text:p>Pied de page</text:p></style:footer></style:master-page>"
                + "<style:master-page style:name=\"Autre\"><style:header><text:p>En-tête courant</text:p></style:header>"
                + "</style:master-page></office:master-styles></office:document-styles>";

        ExtractedText extracted = reader.read(TestZips.odf(MIMETYPE, content(body), styles), "x.odt");

        assertThat(extracted.text()).isEqualTo("""
                En-tête courant
                Entretien n°1
                Élise :   bonjour\tsuite
                ligne 2

                premier point
                sous-point
                Nom\tRôle
                Yanis
                Tarbes\tCodeur
                Une note[1] et une fin[i].
                Sans commentaire ni cadre.
                espaces littéraux repliés
                [1] Texte de la note.
                [i] Note de fin.
                Pied de page""");
        assertThat(extracted.warnings()).isEmpty();
    }

    @Test
    void refusesAPasswordProtectedOdt() {
        byte[] encrypted = TestZips.zip("mimetype", MIMETYPE, "content.xml", "\u0001\u0002 encrypted bytes",
                "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                        + "manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data"
                        + " manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>");

        assertThatThrownBy(() -> reader.read(encrypted, "secret.odt")).hasMessage("it is password-protected");
    }

    @Test
    void refusesOtherFormatsTruncatedCorruptAndEmptyFiles() {
        byte[] sample = SampleCorpus.bytes("offre-de-stage", "odt");
        byte[] corrupt = sample.clone();
        Arrays.fill(corrupt, 100, corrupt.length - 100, (byte) 0x5A);

        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "docx"), "x.odt"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("it is not a valid ODT file");
        assertThatThrownBy(() -> reader.read(SampleCorpus.bytes("offre-de-stage", "txt"), "x.odt"))
                .hasMessage("it is not a valid ODT file");
        assertThatThrownBy(() -> reader.read(TestZips.odf("application/vnd.oasis.opendocument.spreadsheet",
                content("<text:p>x</text:p>"), null), "x.odt")).hasMessage("it is not a valid ODT file");
        assertThatThrownBy(() -> reader.read(Arrays.copyOf(sample, sample.length / 2), "x.odt"))
                .hasMessage("it is not a valid ODT file");
        assertThatThrownBy(() -> reader.read(corrupt, "x.odt")).hasMessage("it is not a valid ODT file");
        assertThatThrownBy(() -> reader.read(new byte[0], "x.odt")).hasMessage("it is empty");
        assertThatThrownBy(() -> reader.read(TestZips.odf(MIMETYPE, content("<text:p/>"), null), "x.odt"))
                .hasMessage("it is empty");
    }

    @Test
    void neverResolvesEntitiesOrReadsLocalFiles() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<office:document-content " + TestZips.ODF_NAMESPACES + "><office:body><office:text>"
                + "<text:p>&secret;&b;</text:p></office:text></office:body></office:document-content>";

        assertThatThrownBy(() -> reader.read(TestZips.odf(MIMETYPE, hostile, null), "x.odt"))
                .hasMessageStartingWith("it declares a DTD or XML entities, which Glose refuses for safety");
    }
}
