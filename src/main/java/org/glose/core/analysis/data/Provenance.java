package org.glose.core.analysis.data;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every export records so that a table can be traced and recomputed: the Glose version, the project, when it
 * was computed, the parameters and filters used, and the SHA-256 of the data it was computed from
 * ({@link DataHash}): the same hash means the same codings, codes, documents and cases.
 */
public record Provenance(String gloseVersion, String project, Instant computedAt, Map<String, String> parameters,
                         String dataSha256, int documents, int codings) {

    public Provenance {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        computedAt = computedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Provenance of a computation on {@code data}: the parameters given, then the data's filter. */
    public static Provenance of(String gloseVersion, String project, CodedData data, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putAll(data.filter().describe());
        return new Provenance(gloseVersion, project, Instant.now(), all, DataHash.of(data), data.documents().size(),
                data.codings().size());
    }

    /** The same provenance with other parameters (a view changed how the same result is shown). */
    public Provenance withParameters(Map<String, String> newParameters) {
        return new Provenance(gloseVersion, project, computedAt, newParameters, dataSha256, documents, codings);
    }

    /** The version of the running application: the jar's manifest, or "development" when run from classes. */
    public static String runningVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development" : v;
    }

    /** Name → value lines, in a fixed order, for the writers (CSV side files, XLSX "About" sheet, HTML, SVG). */
    public Map<String, String> lines() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("glose.version", gloseVersion);
        lines.put("project", project);
        lines.put("computed.at", computedAt.toString());
        lines.put("data.sha256", dataSha256);
        lines.put("data.documents", Integer.toString(documents));
        lines.put("data.codings", Integer.toString(codings));
        lines.putAll(parameters);
        return lines;
    }
}
