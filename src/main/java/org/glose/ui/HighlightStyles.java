package org.glose.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glose.core.model.Coding;

/**
 * The highlight of a document's codings as runs of text, cut at every coding boundary (guide ui.md §5.3), and
 * the inline style of each run. Pure computation: no JavaFX, so it runs off the FX thread and is unit-tested.
 * <ul>
 *   <li>text coded once, or several times with the same code, takes a light tint of the code's colour
 *       (stronger when coded more than once);</li>
 *   <li>text where two or more different codes overlap takes a neutral tint, darker from three codes on, with
 *       a dashed underline, so that overlaps show without mixing colours (guide §6, "Density");</li>
 *   <li>tints stay light enough for dark text to keep a 4.5:1 contrast.</li>
 * </ul>
 */
public final class HighlightStyles {

    /** One stretch of text whose codings are the same all along: {@code depth} codings of {@code codeIds}. */
    public record Run(int start, int end, int depth, SortedSet<Long> codeIds) {
        public int length() {
            return end - start;
        }
    }

    /** Share of the code colour in the tint of text coded once, and of text coded twice with one code. */
    static final double SINGLE = 0.32;
    static final double REPEATED = 0.50;
    /** The text colour the tints are checked against (the stylesheet's document text). */
    static final String TEXT = "#1F1F1F";
    private static final double MIN_CONTRAST = 4.5;
    /** Paler tints than this hardly show on a white page. */
    private static final double MAX_LUMINANCE = 0.80;

    private HighlightStyles() {
    }

    /**
     * Runs covering the whole text {@code [0, textLength)} in order, uncoded stretches included (depth 0); none
     * for an empty text. Codings are clipped to the text; empty ones are ignored.
     */
    public static List<Run> runs(int textLength, List<Coding> codings) {
        List<Run> runs = new ArrayList<>();
        if (textLength <= 0) {
            return runs;
        }
        TreeMap<Integer, List<Coding>> starts = new TreeMap<>();
        TreeMap<Integer, List<Coding>> ends = new TreeMap<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        for (Coding c : codings) {
            int s = Math.max(0, c.range().start());
            int e = Math.min(textLength, c.range().end());
            if (s >= e) {
                continue;
            }
            starts.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
            ends.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
            cuts.add(s);
            cuts.add(e);
        }
        TreeMap<Long, Integer> active = new TreeMap<>(); // code id -> codings of it covering the current run
        int depth = 0;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                runs.add(new Run(from, cut, depth, new TreeSet<>(active.keySet())));
            }
            for (Coding c : ends.getOrDefault(cut, List.of())) {
                depth--;
                active.computeIfPresent(c.codeId(), (k, n) -> n == 1 ? null : n - 1);
            }
            for (Coding c : starts.getOrDefault(cut, List.of())) {
                depth++;
                active.merge(c.codeId(), 1, Integer::sum);
            }
            from = cut;
        }
        return runs;
    }

    /**
     * The inline style of a run for RichTextFX's {@code TextExt}; empty for uncoded text. Overlap colours are
     * looked up from the stylesheet ({@code -glose-overlap-*}), code colours come from the codebook.
     */
    public static String css(Run run, Map<Long, String> colourByCode) {
        if (run.depth() == 0 || run.codeIds().isEmpty()) {
            return "";
        }
        if (run.codeIds().size() == 1) {
            String colour = colourByCode.getOrDefault(run.codeIds().first(), "#999999");
            return "-rtfx-background-color: " + tint(colour, run.depth() == 1 ? SINGLE : REPEATED) + ";";
        }
        String overlap = run.codeIds().size() == 2 ? "-glose-overlap-2" : "-glose-overlap-3";
        return "-rtfx-background-color: " + overlap + "; -rtfx-underline-color: -glose-overlap-line; "
                + "-rtfx-underline-width: 1; -rtfx-underline-dash-array: 3 2;";
    }

    /**
     * {@code share} of {@code colour} over white; more of it for pale colours, so that the tint still stands out
     * from the page, and less when dark text would lose contrast on it.
     */
    public static String tint(String colour, double share) {
        int[] rgb = rgb(colour);
        double s = share;
        int[] mixed = mix(rgb, s);
        while (luminance(mixed) > MAX_LUMINANCE && s < 1) {
            s = Math.min(1, s + 0.05);
            mixed = mix(rgb, s);
        }
        while (contrast(mixed, rgb(TEXT)) < MIN_CONTRAST && s > 0) {
            s = Math.max(0, s - 0.05);
            mixed = mix(rgb, s);
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", mixed[0], mixed[1], mixed[2]);
    }

    private static int[] mix(int[] rgb, double share) {
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(rgb[i] * share + 255 * (1 - share));
        }
        return out;
    }

    static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

    /** WCAG 2 contrast ratio between two sRGB colours. */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
