package org.glose.bench;

/**
 * One thing the benchmark times. {@link #prepare} builds the inputs (not timed); {@link #run} is one timed
 * repetition; {@link #baseline} is the same work done by the raw library alone (PDFBox, Lucene, H2), or null.
 */
public interface Workload extends AutoCloseable {

    String name();

    /** Why this workload cannot run here (no display, say), or null when it can. */
    default String unavailableReason() {
        return null;
    }

    void prepare(BenchContext context) throws Exception;

    /** One repetition; returns null when timed here, or the figures a child process measured itself. */
    Measured run() throws Exception;

    /** The raw-library equivalent of one repetition, or null when there is none. */
    default Runnable baseline() {
        return null;
    }

    @Override
    default void close() throws Exception {
    }

    /** A repetition timed by a child process: elapsed milliseconds and its peak resident memory. */
    record Measured(double millis, double peakMb) {
    }
}
