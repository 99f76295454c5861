package org.glose.core.analysis.cooccurrence;

import java.util.Arrays;
import java.util.List;
import org.glose.core.analysis.data.CodeLabels;
import org.glose.core.model.Coding;

/**
 * Counts pairs of codings that overlap (or lie near each other) in one document with a sweep line: codings are
 * sorted by start; a min-heap holds the codings still "open" keyed by the offset where they stop reaching (their
 * end, or end + distance + 1 for {@code near}); per code, the number of open codings. Each new coding pairs with
 * every open coding at once through those per-code counts, so the work is O(n log n + n × codes open at a time),
 * never O(n²) over all codings. Counts are directed (earlier coding's code → later coding's code); the caller adds
 * the matrix to its transpose.
 */
final class PairSweep {

    private final int k;
    private final long[] cell;
    private final long[] totals;
    private final int[] activeCount;
    private final int[] activeList;
    private final int[] activePos;
    private int activeSize;
    private int[] heap = new int[64];
    private long[] heapKey = new long[64];
    private int heapSize;

    PairSweep(int k, long[] cell, long[] totals) {
        this.k = k;
        this.cell = cell;
        this.totals = totals;
        this.activeCount = new int[k];
        this.activeList = new int[k];
        this.activePos = new int[k];
        Arrays.fill(activePos, -1);
    }

    /**
     * Adds the pairs of one document's codings. {@code reach} is added to a coding's end to get the first offset
     * it no longer reaches: 0 for overlap (sharing a character), distance + 1 for near.
     */
    void document(List<Coding> codings, CodeLabels labels, long reach) {
        int n = codings.size();
        int[][] rows = new int[n][];
        long[] ends = new long[n];
        long[] order = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Coding c = codings.get(i);
            rows[i] = labels.of(c.codeId());
            if (rows[i].length > 0) {
                ends[i] = c.range().end() + reach;
                order[m++] = ((long) c.range().start() << 32) | i;
            }
        }
        Arrays.sort(order, 0, m);
        for (int t = 0; t < m; t++) {
            long start = order[t] >>> 32;
            int x = (int) (order[t] & 0xffffffffL);
            while (heapSize > 0 && heapKey[0] <= start) {
                close(rows[pop()]);
            }
            int[] own = rows[x];
            for (int a = 0; a < activeSize; a++) {
                int row = activeList[a];
                long open = activeCount[row];
                int base = row * k;
                for (int b : own) {
                    if (b != row) {
                        cell[base + b] += open;
                    }
                }
            }
            for (int b : own) {
                totals[b]++;
                open(b);
            }
            push(x, ends[x]);
        }
        while (heapSize > 0) {
            close(rows[pop()]);
        }
    }

    private void open(int row) {
        if (activeCount[row]++ == 0) {
            activePos[row] = activeSize;
            activeList[activeSize++] = row;
        }
    }

    private void close(int[] rows) {
        for (int row : rows) {
            if (--activeCount[row] == 0) {
                int pos = activePos[row];
                int last = activeList[--activeSize];
                activeList[pos] = last;
                activePos[last] = pos;
                activePos[row] = -1;
            }
        }
    }

    private void push(int item, long key) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            heapKey[i] = heapKey[parent];
            i = parent;
        }
        heap[i] = item;
        heapKey[i] = key;
    }

    private int pop() {
        int top = heap[0];
        int lastItem = heap[--heapSize];
        long lastKey = heapKey[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= lastKey) {
                break;
            }
            heap[i] = heap[child];
            heapKey[i] = heapKey[child];
            i = child;
        }
        heap[i] = lastItem;
        heapKey[i] = lastKey;
        return top;
    }
}
