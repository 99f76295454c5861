package org.glose.interchange.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.glose.core.analysis.ProjectReport;
import org.glose.core.analysis.ProjectReport.Entry;
import org.glose.core.analysis.ProjectReport.Extract;
import org.glose.core.analysis.chart.CellFormat;
import org.glose.core.analysis.chart.ColourScale;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.frequency.CodeFrequency;
import org.glose.core.analysis.matrix.MatrixColumn;
import org.glose.core.analysis.matrix.MatrixTable;
import org.glose.core.model.CodeDetails;

/**
 * Writes a {@link ProjectReport} as one self-contained HTML5 file (styles and the heatmap inside, no script, no
 * external resource) that a supervisor can open in any browser or attach to an e-mail: the codebook with its
 * definitions, counts per code and document, the co-occurrence heatmap and table, the coded extracts per code, and
 * what it was computed from.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,"DejaVu Sans",Arial,sans-serif;max-width:72em;margin:2em auto;padding:0 1em;\
            color:#1a1a1a;line-height:1.45}
            h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}h3{margin-bottom:.2em}
            table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{border:1px solid #d0d0d0;padding:.2em .5em}
            th{background:#dfe6ee;text-align:left}td.n{text-align:right}td.u{color:#808080;text-align:center}
            dl.codebook dt{font-weight:bold;margin-top:.8em}dl.codebook dd{margin-left:1.5em}
            .meta{color:#555;font-size:.85em}blockquote{margin:.4em 0 .4em 1.5em;padding-left:.8em;\
            border-left:3px solid #9ecae1}.where{color:#555;font-size:.85em}figure{overflow-x:auto;margin:1em 0}
            """;

    private HtmlReport() {
    }

    public static void write(ProjectReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        }
    }

    public static void write(ProjectReport report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(report.projectName())).append(" — Glose report</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(report.projectName())).append("</h1>\n");
        h.append("<p class=\"meta\">Report written by Glose ").append(esc(report.provenance().gloseVersion()))
                .append(" on ").append(esc(report.provenance().computedAt().toString())).append(": ")
                .append(report.provenance().documents()).append(" documents, ").append(report.provenance().codings())
                .append(" codings.</p>\n");
        h.append("<nav><ol><li><a href=\"#codebook\">Codebook</a></li><li><a href=\"#counts\">Counts per code and ")
                .append("document</a></li><li><a href=\"#cooccurrence\">Co-occurrence</a></li><li><a href=\"#extracts\">")
                .append("Coded extracts</a></li><li><a href=\"#provenance\">Provenance</a></li></ol></nav>\n");
        codebook(h, report);
        counts(h, report.codeByDocument(), report.frequencies());
        cooccurrence(h, report);
        extracts(h, report.codebook());
        provenance(h, report.provenance().lines());
        h.append("</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void codebook(StringBuilder h, ProjectReport report) {
        h.append("<h2 id=\"codebook\">Codebook</h2>\n<dl class=\"codebook\">\n");
        for (int i = 0; i < report.codebook().size(); i++) {
            Entry e = report.codebook().get(i);
            CodeFrequency f = report.frequencies().get(i);
            h.append("<dt style=\"margin-left:").append(1.5 * e.depth()).append("em\"><span style=\"color:")
                    .append(e.code().colour()).append("\">■</span> ").append(esc(CellFormat.codeLabel(e.path()))).append(" <span class=\"meta\">(")
                    .append(f.codings()).append(" codings)</span></dt>\n");
            CodeDetails d = e.code().details();
            String indent = " style=\"margin-left:" + (1.5 * e.depth() + 1.5) + "em\"";
            definition(h, indent, "Definition", d.description());
            definition(h, indent, "Include", d.inclusion());
            definition(h, indent, "Exclude", d.exclusion());
            definition(h, indent, "Example", d.example());
        }
        h.append("</dl>\n");
    }

    private static void definition(StringBuilder h, String indent, String label, String text) {
        if (text != null && !text.isBlank()) {
            h.append("<dd").append(indent).append("><em>").append(label).append(":</em> ").append(esc(text))
                    .append("</dd>\n");
        }
    }

    private static void counts(StringBuilder h, MatrixTable m, List<CodeFrequency> frequencies) {
        h.append("<h2 id=\"counts\">Counts per code and document</h2>\n<p>Codings of each code in each document; the ")
                .append("last columns give the documents holding the code and the characters it covers.</p>\n");
        h.append("<table>\n<tr><th>code</th>");
        for (MatrixColumn c : m.columns()) {
            h.append("<th>").append(esc(c.label())).append("</th>");
        }
        h.append("<th>total</th><th>documents</th><th>characters</th></tr>\n");
        double max = 0;
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.columnCount(); j++) {
                max = Math.max(max, m.count(i, j));
            }
        }
        for (int i = 0; i < m.rows(); i++) {
            h.append("<tr><th>").append(esc(CellFormat.codeLabel(m.paths().get(i)))).append("</th>");
            for (int j = 0; j < m.columnCount(); j++) {
                cell(h, OptionalDouble.of(m.count(i, j)), 0, max, false);
            }
            CodeFrequency f = frequencies.get(i);
            h.append("<td class=\"n\">").append(m.rowTotal(i)).append("</td><td class=\"n\">").append(f.documents())
                    .append("</td><td class=\"n\">").append(f.characters()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void cooccurrence(StringBuilder h, ProjectReport report) {
        CoOccurrenceTable t = report.cooccurrence();
        h.append("<h2 id=\"cooccurrence\">Co-occurrence</h2>\n<p>Unit: ").append(esc(t.options().unit().key()))
                .append("; measure: ").append(esc(t.measure().key())).append(t.options().withSubcodes()
                        ? "; codes include their sub-codes" : "")
                .append(". Codes are ordered by similarity (docs/analysis.md); 0 is left blank, an undefined value")
                .append(" is shown as —.</p>\n<figure>\n");
        String svg = report.heatmapSvg();
        h.append(svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg).append("\n</figure>\n");
        int decimals = t.measure().isRatio() ? 2 : 0;
        double max = 0;
        for (int i = 0; i < t.size(); i++) {
            for (int j = 0; j < t.size(); j++) {
                if (i != j && t.value(i, j).isPresent()) {
                    max = Math.max(max, t.value(i, j).getAsDouble());
                }
            }
        }
        h.append("<table>\n<tr><th>code</th>");
        for (int p : report.order()) {
            h.append("<th>").append(esc(CellFormat.codeLabel(t.paths().get(p)))).append("</th>");
        }
        h.append("</tr>\n");
        for (int p : report.order()) {
            h.append("<tr><th>").append(esc(CellFormat.codeLabel(t.paths().get(p)))).append("</th>");
            for (int q : report.order()) {
                cell(h, t.value(p, q), decimals, max, p == q);
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void cell(StringBuilder h, OptionalDouble value, int decimals, double max, boolean muted) {
        if (value.isEmpty()) {
            h.append("<td class=\"u\">").append(CellFormat.UNDEFINED).append("</td>");
            return;
        }
        double v = value.getAsDouble();
        String fill = muted ? "#e6e6e6" : v > 0 ? ColourScale.fill(v, max) : null;
        h.append("<td class=\"n\"");
        if (fill != null) {
            h.append(" style=\"background:").append(fill).append(";color:").append(ColourScale.textOn(fill)).append('"');
        }
        h.append('>').append(CellFormat.format(v, decimals)).append("</td>");
    }

    private static void extracts(StringBuilder h, List<Entry> codebook) {
        h.append("<h2 id=\"extracts\">Coded extracts</h2>\n");
        for (Entry e : codebook) {
            if (e.extracts().isEmpty()) {
                continue;
            }
            h.append("<h3>").append(esc(CellFormat.codeLabel(e.path()))).append(" <span class=\"meta\">(").append(e.extracts().size())
                    .append(")</span></h3>\n");
            for (Extract x : e.extracts()) {
                h.append("<blockquote>").append(esc(x.text())).append("<div class=\"where\">")
                        .append(esc(x.document())).append(" [").append(x.range().start()).append(", ")
                        .append(x.range().end()).append(") — ").append(esc(x.coder())).append("</div></blockquote>\n");
            }
        }
    }

    private static void provenance(StringBuilder h, Map<String, String> lines) {
        h.append("<h2 id=\"provenance\">Provenance</h2>\n<p>What this report was computed from; the same data hash ")
                .append("means the same codings, codes, documents and cases.</p>\n<table>\n");
        lines.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v))
                .append("</td></tr>\n"));
        h.append("</table>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
