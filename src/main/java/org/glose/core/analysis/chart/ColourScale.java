package org.glose.core.analysis.chart;

/**
 * A one-hue colour scale for heatmaps: ColorBrewer's sequential "Blues" (nine steps from near-white to dark blue,
 * readable by colour-blind people and in grey print), interpolated linearly. The text drawn on a cell is black on
 * light fills and white on dark ones, so values stay readable (guide ui.md §6).
 */
public final class ColourScale {

    private static final int[] STOPS = {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c,
        0x08306b};

    private ColourScale() {
    }

    /** The fill for {@code value} on a scale from 0 to {@code max} (clamped); {@code max <= 0} gives the lightest. */
    public static String fill(double value, double max) {
        double t = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        double position = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(position));
        double f = position - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = mix(a >> 16 & 0xff, b >> 16 & 0xff, f);
        int g = mix(a >> 8 & 0xff, b >> 8 & 0xff, f);
        int bl = mix(a & 0xff, b & 0xff, f);
        return String.format("#%02x%02x%02x", r, g, bl);
    }

    /** Black or white, whichever contrasts more with the fill (WCAG relative luminance). */
    public static String textOn(String fill) {
        int rgb = Integer.parseInt(fill.substring(1), 16);
        double l = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
        double onBlack = (l + 0.05) / 0.05;
        double onWhite = 1.05 / (l + 0.05);
        return onBlack >= onWhite ? "#000000" : "#ffffff";
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
