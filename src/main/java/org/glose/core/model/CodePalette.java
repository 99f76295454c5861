package org.glose.core.model;

import java.util.List;

/**
 * Colours given to new codes: Okabe–Ito first (safe for colour-blind readers), then Tol's light set
 * (guide ui.md §6).
 */
public final class CodePalette {

    public static final List<String> COLOURS = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
            "#D55E00", "#CC79A7", "#999999", "#77AADD", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00", "#EEDD88",
            "#EE8866", "#FFAABB", "#DDDDDD");

    private CodePalette() {
    }

    /** The colour of the n-th code made without one, cycling through the palette. */
    public static String colour(int n) {
        return COLOURS.get(Math.floorMod(n, COLOURS.size()));
    }
}
