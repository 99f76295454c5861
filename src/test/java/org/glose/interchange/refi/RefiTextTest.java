package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.glose.core.model.CodeDetails;
import org.glose.core.text.OffsetIndex;
import org.junit.jupiter.api.Test;

/** The small rules of the REFI edge: position units, GUIDs, descriptions with criteria, source text decoding. */
class RefiTextTest {

    static final String TEXT = "Jó 😀😀 napot! Az oltás 🎉 erősebb.";

    private static long[] span(String text, String passage, boolean codePoints) {
        int s = text.indexOf(passage);
        int e = s + passage.length();
        return codePoints ? new long[] {text.codePointCount(0, s), text.codePointCount(0, e)} : new long[] {s, e};
    }

    @Test
    void positionsCountingCodePointsOrUtf16UnitsAreTellApartByTheirEdges() {
        OffsetIndex index = OffsetIndex.of(TEXT);
        List<long[]> cp = List.of(span(TEXT, "oltás", true), span(TEXT, "erősebb", true));
        List<long[]> utf16 = List.of(span(TEXT, "oltás", false), span(TEXT, "erősebb", false));
        for (boolean nvivo : new boolean[] {true, false}) {
            assertThat(PositionUnits.choose(TEXT, index, cp, nvivo)).isEqualTo(PositionUnits.Unit.CODE_POINTS);
            assertThat(PositionUnits.choose(TEXT, index, utf16, nvivo)).isEqualTo(PositionUnits.Unit.UTF16);
        }
    }

    @Test
    void withoutEvidenceTheOriginDecides() {
        String plain = "no emoji here";
        List<long[]> spans = List.<long[]>of(new long[] {0, 2});
        assertThat(PositionUnits.choose(plain, OffsetIndex.of(plain), spans, true)).isEqualTo(PositionUnits.Unit.UTF16);
        assertThat(PositionUnits.choose(plain, OffsetIndex.of(plain), spans, false))
                .isEqualTo(PositionUnits.Unit.CODE_POINTS);
        assertThat(PositionUnits.isNvivo("NVivo for Windows 12.6")).isTrue();
        assertThat(PositionUnits.isNvivo("MAXQDA 24")).isFalse();
    }

    @Test
    void guidsAreComparedInOneFormAndDerivedOnesAreStable() {
        assertThat(RefiGuids.normalise("{AAAAAAAA-0000-0000-0000-00000000000F}"))
                .isEqualTo("aaaaaaaa-0000-0000-0000-00000000000f");
        assertThat(RefiGuids.normalise("{aaaaaaaa-0000-0000-0000-00000000000f")).isNull();
        assertThat(RefiGuids.normalise("not-a-guid")).isNull();
        assertThat(RefiGuids.derived("selection", "x")).isEqualTo(RefiGuids.derived("selection", "x"))
                .isNotEqualTo(RefiGuids.derived("representation", "x"));
    }

    @Test
    void criteriaAndExampleTravelInsideTheDescriptionAndComeBack() {
        CodeDetails d = new CodeDetails("#112233", "Definition.\n\nSecond paragraph.", "When X.", "Not Y.\n\nNor Z.",
                "« quote »");
        String text = CodeDescriptions.compose(d);
        assertThat(text).isEqualTo("Definition.\n\nSecond paragraph.\n\nInclusion criteria: When X.\n\nExclusion "
                + "criteria: Not Y.\n\nNor Z.\n\nExample: « quote »");
        assertThat(CodeDescriptions.parse(text, "#112233")).isEqualTo(d);
        assertThat(CodeDescriptions.parse("Just a definition.", "#112233").description())
                .isEqualTo("Just a definition.");
        assertThat(CodeDescriptions.compose(CodeDetails.colour("#112233"))).isNull();
    }

    @Test
    void sourceTextDropsOnlyTheByteOrderMark() {
        byte[] bom = "\uFEFFa\r\nb".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceText.decode(bom)).isEqualTo(new SourceText("a\r\nb", false));
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
        assertThat(SourceText.decode(utf16).text()).isEqualTo("hi");
        assertThat(SourceText.decode(new byte[] {'a', (byte) 0xE9, 'b'})).isEqualTo(new SourceText("a\uFFFDb", true));
    }

    @Test
    void escapedCharactersAreReadBack() {
        String qde = "<Project name=\"a &amp; b\"><CodeBook><Codes><Code guid=\"aaaaaaaa-0000-0000-0000-000000000001\" "
                + "name=\"&lt;x&gt;\" isCodable=\"true\"><Description>1 &amp; 2&#13;\n&#x1F600;</Description></Code>"
                + "</Codes></CodeBook></Project>";
        RefiProject p = QdeParser.parse(qde.getBytes(StandardCharsets.UTF_8), "project.qde");
        assertThat(p.name()).isEqualTo("a & b");
        assertThat(p.codes().get(0).name()).isEqualTo("<x>");
        assertThat(p.codes().get(0).description()).isEqualTo("1 & 2\r\n😀");
    }

    @Test
    void xmlOutputKeepsCarriageReturnsAndReplacesWhatXmlCannotHold() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        XmlOut x = new XmlOut(out);
        x.root("R", "urn:x").textElement("T", "a\r\nb\u0001c😀").start("E").attr("k", "v").end();
        x.finish();
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<T>a&#13;\nb\uFFFDc😀</T>").contains("<E k=\"v\"/>");
    }
}
