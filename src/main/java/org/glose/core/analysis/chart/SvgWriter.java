package org.glose.core.analysis.chart;

import java.util.Locale;
import java.util.Map;
import org.glose.core.analysis.chart.ChartScene.Label;
import org.glose.core.analysis.chart.ChartScene.Line;
import org.glose.core.analysis.chart.ChartScene.Rect;
import org.glose.core.analysis.chart.ChartScene.Shape;

/**
 * Writes a {@link ChartScene} as a standalone SVG 1.1 document (text, UTF-8), with a tooltip ({@code <title>}) on
 * each cell or bar and the export's provenance in {@code <metadata>} as {@code <glose:entry name=".." value=".."/>}.
 */
public final class SvgWriter {

    public static final String NAMESPACE = "https://glose.org/ns/provenance";

    private SvgWriter() {
    }

    /** The SVG document; {@code provenance} lines (may be empty) go into its metadata. */
    public static String write(ChartScene scene, Map<String, String> provenance) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(scene.width()))
                .append("\" height=\"").append(n(scene.height())).append("\" viewBox=\"0 0 ").append(n(scene.width()))
                .append(' ').append(n(scene.height())).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
        sb.append("<title>").append(escape(scene.title())).append("</title>\n");
        if (!provenance.isEmpty()) {
            sb.append("<metadata><glose:provenance xmlns:glose=\"").append(NAMESPACE).append("\">\n");
            provenance.forEach((k, v) -> sb.append("<glose:entry name=\"").append(escape(k)).append("\" value=\"")
                    .append(escape(v)).append("\"/>\n"));
            sb.append("</glose:provenance></metadata>\n");
        }
        for (Shape shape : scene.shapes()) {
            if (shape instanceof Rect r) {
                rect(sb, r);
            } else if (shape instanceof Label l) {
                label(sb, l);
            } else if (shape instanceof Line l) {
                sb.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
                        .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2()))
                        .append("\" stroke=\"").append(l.colour()).append("\" stroke-width=\"").append(n(l.width()))
                        .append("\"/>\n");
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void rect(StringBuilder sb, Rect r) {
        sb.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
                .append(n(r.width())).append("\" height=\"").append(n(r.height())).append("\" fill=\"")
                .append(r.fill() == null ? "none" : r.fill()).append('"');
        if (r.stroke() != null) {
            sb.append(" stroke=\"").append(r.stroke()).append("\" stroke-width=\"1\"");
        }
        if (r.tooltip() == null) {
            sb.append("/>\n");
        } else {
            sb.append("><title>").append(escape(r.tooltip())).append("</title></rect>\n");
        }
    }

    private static void label(StringBuilder sb, Label l) {
        String anchor = switch (l.anchor()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        sb.append("<text x=\"").append(n(l.x())).append("\" y=\"").append(n(l.y())).append("\" font-size=\"")
                .append(n(l.size())).append("\" fill=\"").append(l.colour()).append("\" text-anchor=\"")
                .append(anchor).append('"');
        if (l.bold()) {
            sb.append(" font-weight=\"bold\"");
        }
        if (l.angle() != 0) {
            sb.append(" transform=\"rotate(").append(n(l.angle())).append(' ').append(n(l.x())).append(' ')
                    .append(n(l.y())).append(")\"");
        }
        sb.append('>').append(escape(l.text())).append("</text>\n");
    }

    /** A coordinate with at most two decimals, dot-separated. */
    static String n(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
