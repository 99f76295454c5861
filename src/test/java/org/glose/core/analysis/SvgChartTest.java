package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glose.core.analysis.chart.BarChart;
import org.glose.core.analysis.chart.ColourScale;
import org.glose.core.analysis.chart.HeatGrid;
import org.glose.core.analysis.chart.HeatmapChart;
import org.glose.core.analysis.chart.SvgWriter;
import org.glose.core.analysis.chart.WordCloudChart;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Charts written as SVG parse as XML and carry the values, the undefined marks and the provenance. */
class SvgChartTest {

    static org.w3c.dom.Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(org.w3c.dom.Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void heatmapShowsValuesUndefinedMarksAndProvenance() throws Exception {
        CoOccurrenceTable table = CoOccurrence.compute(CoOccurrenceTest.fixture().data(),
                new CoOccurrenceOptions(CoOccurrenceUnit.OVERLAP, 0, Measure.C_COEFFICIENT, false));
        HeatGrid grid = HeatGrid.of("Co-occurrence <c>", table, new int[] {0, 1, 2, 3, 4});
        String svg = SvgWriter.write(HeatmapChart.layout(grid), Map.of("data.sha256", "abc"));
        org.w3c.dom.Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> texts = texts(doc);
        assertThat(texts).contains("Co-occurrence <c>", "A › C", "0.20", "0.33", "—");
        assertThat(texts).doesNotContain("0.00");   // 0 stays blank
        NodeList entries = doc.getElementsByTagNameNS(SvgWriter.NAMESPACE, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        assertThat(((Element) entries.item(0)).getAttribute("value")).isEqualTo("abc");
    }

    @Test
    void barChartHasOneBarPerPositiveValue() throws Exception {
        String svg = SvgWriter.write(BarChart.layout("Codes", List.of("A", "B", "C"), List.of(3.0, 0.0, 1.0),
                List.of(0, 1, 0), 0), Map.of());
        org.w3c.dom.Document doc = parse(svg);
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        assertThat(rects.getLength()).isEqualTo(1 + 2);   // the background and two bars
        assertThat(texts(doc)).contains("3", "0", "1");
    }

    @Test
    void wordCloudSizesWordsByFrequency() throws Exception {
        var scene = WordCloudChart.layout("Mots", List.of(new WordCount("données", 100, 3),
                new WordCount("acteurs", 25, 2), new WordCount("territoire", 1, 1)));
        org.w3c.dom.Document doc = parse(SvgWriter.write(scene, Map.of()));
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        Map<String, Double> sizes = new java.util.HashMap<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            sizes.put(t.getTextContent(), Double.parseDouble(t.getAttribute("font-size")));
        }
        assertThat(sizes.get("données")).isGreaterThan(sizes.get("acteurs"));
        assertThat(sizes.get("acteurs")).isGreaterThan(sizes.get("territoire"));
        // area follows frequency: a quarter of the count, about half the size above the smallest
        assertThat(sizes.get("acteurs") - 11).isCloseTo((sizes.get("données") - 11) / 2,
                org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void theScaleGoesFromLightToDarkWithReadableText() {
        assertThat(ColourScale.fill(0, 10)).isEqualTo("#f7fbff");
        assertThat(ColourScale.fill(10, 10)).isEqualTo("#08306b");
        assertThat(ColourScale.textOn(ColourScale.fill(0, 10))).isEqualTo("#000000");
        assertThat(ColourScale.textOn(ColourScale.fill(10, 10))).isEqualTo("#ffffff");
    }
}
