package org.glose.core.analysis.cooccurrence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glose.core.project.InvalidInputException;

/**
 * How to compute a co-occurrence table: the unit, the distance for {@code near} (in characters, UTF-16 units), the
 * measure shown, and whether a code also counts its sub-codes' codings. The constructor refuses a measure that
 * does not fit the unit, with one sentence.
 */
public record CoOccurrenceOptions(CoOccurrenceUnit unit, int distance, Measure measure, boolean withSubcodes) {

    public static final int DEFAULT_DISTANCE = 100;

    public CoOccurrenceOptions {
        if (distance < 0) {
            throw new InvalidInputException("The distance must be 0 or more characters, not " + distance + ".");
        }
        if (measure == Measure.C_COEFFICIENT && !unit.countsPairs()) {
            throw new InvalidInputException("The c-coefficient counts codings and applies to the overlap and near "
                    + "units; for the " + unit.key() + " unit use jaccard.");
        }
        if (measure == Measure.JACCARD && unit.countsPairs()) {
            throw new InvalidInputException("Jaccard counts units and applies to the paragraph, document and case "
                    + "units; for the " + unit.key() + " unit use c.");
        }
    }

    public static CoOccurrenceOptions of(CoOccurrenceUnit unit) {
        return new CoOccurrenceOptions(unit, DEFAULT_DISTANCE, Measure.COUNT, false);
    }

    public CoOccurrenceOptions withMeasure(Measure newMeasure) {
        return new CoOccurrenceOptions(unit, distance, newMeasure, withSubcodes);
    }

    public CoOccurrenceOptions withDistance(int newDistance) {
        return new CoOccurrenceOptions(unit, newDistance, measure, withSubcodes);
    }

    public CoOccurrenceOptions withSubcodes(boolean aggregate) {
        return new CoOccurrenceOptions(unit, distance, measure, aggregate);
    }

    /** The parameters for an export's provenance. */
    public Map<String, String> describe() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("analysis", "co-occurrence");
        p.put("unit", unit.key());
        if (unit == CoOccurrenceUnit.NEAR) {
            p.put("distance", Integer.toString(distance));
        }
        p.put("measure", measure.key());
        p.put("subcodes", Boolean.toString(withSubcodes));
        return p;
    }
}
