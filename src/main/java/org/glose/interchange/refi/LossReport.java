package org.glose.interchange.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA import brings in (counts) and what it cannot (REFI-QDA §7: tell the user what was dropped),
 * computed before anything is written. {@code remarks} are things the user should know that lose nothing.
 */
public record LossReport(int codes, int sources, int codings, int notes, int cases, List<Skipped> skipped,
                         List<String> remarks) {

    /** One kind of thing left out, with how many and why. */
    public record Skipped(String what, String why) {
    }

    public LossReport {
        skipped = List.copyOf(skipped);
        remarks = List.copyOf(remarks);
    }

    /** The report as a person reads it. */
    public List<String> lines() {
        return lines(false);
    }

    /** The report as a person reads it; {@code preview} words it as what would be imported. */
    public List<String> lines(boolean preview) {
        List<String> lines = new ArrayList<>();
        lines.add((preview ? "Would import: " : "Imported: ") + codes + " codes, " + sources + " sources, " + codings + " codings, " + notes
                + " notes, " + cases + " cases.");
        if (skipped.isEmpty()) {
            lines.add(preview ? "Nothing would be left out." : "Nothing was left out.");
        } else {
            lines.add(preview ? "Would leave out:" : "Left out:");
            skipped.forEach(s -> lines.add("  - " + s.what() + ": " + s.why()));
        }
        remarks.forEach(r -> lines.add("Note: " + r));
        return lines;
    }

    /**
     * Gathers losses while a plan is built, grouped so that 300 zero-length selections make one line.
     * {@code what} holds {@code %s} where the plural "s" goes, e.g. {@code "zero-length selection%s"}.
     */
    static final class Collector {
        private record Key(String what, String where, String why) {
        }

        private final Map<Key, Integer> counts = new LinkedHashMap<>();
        private final List<String> remarks = new ArrayList<>();

        void add(String what, String where, String why) {
            add(what, where, why, 1);
        }

        void add(String what, String where, String why, int count) {
            if (count > 0) {
                counts.merge(new Key(what, where, why), count, Integer::sum);
            }
        }

        void remark(String remark) {
            if (!remarks.contains(remark)) {
                remarks.add(remark);
            }
        }

        List<Skipped> skipped() {
            List<Skipped> list = new ArrayList<>();
            counts.forEach((k, n) -> list.add(new Skipped(n + " " + k.what().formatted(n == 1 ? "" : "s")
                    + (k.where() == null ? "" : " in \"" + k.where() + "\""), k.why())));
            return list;
        }

        List<String> remarks() {
            return List.copyOf(remarks);
        }
    }
}
