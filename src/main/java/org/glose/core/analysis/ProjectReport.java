package org.glose.core.analysis;

import java.util.List;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.frequency.CodeFrequency;
import org.glose.core.analysis.matrix.MatrixTable;
import org.glose.core.model.Code;
import org.glose.core.text.TextRange;

/**
 * Everything a project report shows, computed once: the codebook with its definitions, code frequencies, the code
 * × document counts, the co-occurrence table (in clustered order, with its heatmap as SVG) and the coded extracts
 * of each code. Writers (HTML, DOCX) only lay it out.
 */
public record ProjectReport(String projectName, Provenance provenance, List<Entry> codebook,
                            List<CodeFrequency> frequencies, MatrixTable codeByDocument,
                            CoOccurrenceTable cooccurrence, int[] order, String heatmapSvg) {

    /** A code of the codebook with its place, and its coded passages. */
    public record Entry(Code code, String path, int depth, List<Extract> extracts) {
        public Entry {
            extracts = List.copyOf(extracts);
        }
    }

    /** One coded passage: where it is, who coded it, what it says. */
    public record Extract(String document, TextRange range, String coder, String text) {
    }

    public ProjectReport {
        codebook = List.copyOf(codebook);
        frequencies = List.copyOf(frequencies);
        order = order.clone();
    }
}
