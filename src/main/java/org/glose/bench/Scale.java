package org.glose.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.glose.core.project.InvalidInputException;

/**
 * How big the inputs are: {@code small} finishes within a minute (once its large project is cached), {@code full}
 * is what the targets are set on.
 */
public enum Scale {
    SMALL(10, 3, 1_000, 20_000, 1, 3, 400),
    FULL(200, 200, 10_000, 1_000_000, 2, 5, 2_000);

    /** Documents of the searched and co-occurrence corpus, of {@link #DOCUMENT_SIZE} characters each. */
    final int corpusDocuments;
    /** DOCX and PDF files of the import workloads of those formats (fewer at small scale, to stay in a minute). */
    final int officeDocuments;
    final int largeProjectDocuments;
    final int largeProjectCodings;
    final int warmups;
    final int repetitions;
    /** Warm-up lasts at least this long, so that the JIT has compiled the hot paths. */
    final int warmUpMs;

    /** About 140 KB per corpus document, as in the peer tool's corpus-200 (28 MB). */
    static final int DOCUMENT_SIZE = 140_000;
    /** Codings of the co-occurrence corpus, as in the peer tool's codings-16k. */
    static final int CORPUS_CODINGS = 16_500;

    Scale(int corpusDocuments, int officeDocuments, int largeProjectDocuments, int largeProjectCodings, int warmups, int repetitions,
          int warmUpMs) {
        this.corpusDocuments = corpusDocuments;
        this.officeDocuments = officeDocuments;
        this.largeProjectDocuments = largeProjectDocuments;
        this.largeProjectCodings = largeProjectCodings;
        this.warmups = warmups;
        this.repetitions = repetitions;
        this.warmUpMs = warmUpMs;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scale named {@code label}; anything else is refused with the names. */
    public static Scale parse(String label) {
        for (Scale s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        throw new InvalidInputException("The scale \"" + label + "\" is not one of "
                + Arrays.stream(values()).map(Scale::label).collect(Collectors.joining(", ")) + ".");
    }
}
