package org.glose.bench;

/** How big the inputs are: {@code small} finishes within a minute, {@code full} is what the targets are set on. */
public enum Scale {
    SMALL(20, 140_000, 1_000, 100_000, 3, 5),
    FULL(200, 140_000, 10_000, 1_000_000, 5, 10);

    final int corpusDocuments;
    final int documentSize;
    final int largeProjectDocuments;
    final int largeProjectCodings;
    final int warmups;
    final int repetitions;

    Scale(int corpusDocuments, int documentSize, int largeProjectDocuments, int largeProjectCodings, int warmups,
          int repetitions) {
        this.corpusDocuments = corpusDocuments;
        this.documentSize = documentSize;
        this.largeProjectDocuments = largeProjectDocuments;
        this.largeProjectCodings = largeProjectCodings;
        this.warmups = warmups;
        this.repetitions = repetitions;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
