package org.glose.ui.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.glose.core.model.Coding;

/**
 * The coding stripes of one document: each coding gets a lane (a column of the margin) by greedy interval
 * colouring, so that overlapping codings sit side by side and a coding keeps its lane across paragraphs. Pure
 * computation, run off the FX thread when a document's codings are loaded; the margin then asks only for the
 * stripes of the paragraphs it shows (guide ui.md §5.5).
 */
public final class Stripes {

    /** Lanes drawn; codings in further lanes are counted as "+n" in the margin. */
    public static final int MAX_LANES = 6;

    /** One coding as the margin draws it. */
    public record Stripe(Coding coding, int lane, String codeName, String colour, String coderName, String memo) {
        public int start() {
            return coding.range().start();
        }

        public int end() {
            return coding.range().end();
        }
    }

    /** What the margin needs to know about a coding besides its range. */
    public interface Labels {
        String codeName(long codeId);

        String colour(long codeId);

        String coderName(long coderId);

        /** The text of the memo written on this coding, or null. */
        String memo(long codingId);
    }

    public static final Stripes NONE = new Stripes(List.of(), 0);

    private final List<Stripe> byStart;
    private final int[] starts;
    private final int lanes;
    private final int longest;

    private Stripes(List<Stripe> byStart, int lanes) {
        this.byStart = byStart;
        this.lanes = lanes;
        this.starts = byStart.stream().mapToInt(Stripe::start).toArray();
        this.longest = byStart.stream().mapToInt(s -> s.end() - s.start()).max().orElse(0);
    }

    /** Lays the codings out in lanes: by start, longer first, each in the lowest lane free at its start. */
    public static Stripes layout(List<Coding> codings, Labels labels) {
        List<Coding> sorted = new ArrayList<>(codings);
        sorted.removeIf(c -> c.range().isEmpty());
        sorted.sort(Comparator.comparingInt((Coding c) -> c.range().start())
                .thenComparing(Comparator.comparingInt((Coding c) -> c.range().end()).reversed())
                .thenComparingLong(Coding::id));
        PriorityQueue<int[]> busy = new PriorityQueue<>(Comparator.comparingInt((int[] a) -> a[0])); // {end, lane}
        TreeSet<Integer> free = new TreeSet<>();
        int used = 0;
        List<Stripe> stripes = new ArrayList<>(sorted.size());
        for (Coding c : sorted) {
            while (!busy.isEmpty() && busy.peek()[0] <= c.range().start()) {
                free.add(busy.poll()[1]);
            }
            int lane = free.isEmpty() ? used++ : free.pollFirst();
            busy.add(new int[] {c.range().end(), lane});
            stripes.add(new Stripe(c, lane, labels.codeName(c.codeId()), labels.colour(c.codeId()),
                    labels.coderName(c.coderId()), labels.memo(c.id())));
        }
        return new Stripes(List.copyOf(stripes), used);
    }

    /** Number of lanes the codings need (the margin draws at most {@link #MAX_LANES}). */
    public int laneCount() {
        return lanes;
    }

    public int size() {
        return byStart.size();
    }

    /**
     * The stripes of codings overlapping {@code [from, to)} (or holding {@code from} when the span is empty), in
     * lane order. Codings are sorted by start and none is longer than the longest, so only those starting
     * between {@code from - longest} and {@code to} are looked at.
     */
    public List<Stripe> overlapping(int from, int to) {
        int limit = firstStartingAtOrAfter(Math.max(to, from + 1));
        List<Stripe> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(from - longest); i < limit; i++) {
            Stripe s = byStart.get(i);
            if (s.end() > from) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(Stripe::lane));
        return out;
    }

    /** The stripe of a coding, if it is laid out here. */
    public java.util.Optional<Stripe> of(long codingId) {
        return byStart.stream().filter(s -> s.coding().id() == codingId).findFirst();
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
