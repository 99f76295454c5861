package org.glose.cli;

import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import picocli.CommandLine.Option;

/** The co-occurrence options shared by {@code cooccurrence} and {@code report}: unit, distance, measure. */
final class CooccurrenceOptions {

    @Option(names = "--unit", defaultValue = "overlap", paramLabel = "UNIT",
            description = "overlap, near, paragraph, document or case (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = {"--distance", "--near"}, defaultValue = "" + CoOccurrenceOptions.DEFAULT_DISTANCE,
            paramLabel = "N", description = "For --unit near: at most N characters apart (default: ${DEFAULT-VALUE}).")
    int distance;

    @Option(names = "--measure", defaultValue = "count", paramLabel = "MEASURE",
            description = "count, c (overlap, near) or jaccard (paragraph, document, case); default: ${DEFAULT-VALUE}.")
    String measure;

    CoOccurrenceOptions options(boolean withSubcodes) {
        return new CoOccurrenceOptions(CoOccurrenceUnit.parse(unit), distance, Measure.parse(measure), withSubcodes);
    }
}
