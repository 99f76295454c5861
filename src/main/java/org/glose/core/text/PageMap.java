package org.glose.core.text;

import java.util.Arrays;
import java.util.List;

/** Where each page of a paged document starts, in UTF-16 offsets; the page of an offset is a binary search. */
public final class PageMap {

    private final int[] starts;

    private PageMap(int[] starts) {
        this.starts = starts;
    }

    /** @param pageStarts offset of each page, page 1 first; must start at 0 and never decrease */
    public static PageMap of(List<Integer> pageStarts) {
        if (pageStarts.isEmpty() || pageStarts.get(0) != 0) {
            throw new IllegalArgumentException("Page starts must begin with 0");
        }
        int[] starts = pageStarts.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("Page starts must never decrease");
            }
        }
        return new PageMap(starts);
    }

    public int pageCount() {
        return starts.length;
    }

    /** 1-based page number holding the character at {@code offset}. */
    public int pageOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            return -i - 1;
        }
        // several empty pages may start at the same offset: the character belongs to the last of them
        while (i + 1 < starts.length && starts[i + 1] == offset) {
            i++;
        }
        return i + 1;
    }

    public int startOf(int page) {
        return starts[page - 1];
    }

    public List<Integer> starts() {
        return Arrays.stream(starts).boxed().toList();
    }
}
