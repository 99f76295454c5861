package org.glose.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run's figures: the machine, one result per workload that ran, and why the others were skipped. */
public record BenchReport(Map<String, Object> machine, List<BenchResult> results, Map<String, String> skipped) {

    public BenchReport {
        machine = Collections.unmodifiableMap(new LinkedHashMap<>(machine));
        results = List.copyOf(results);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }
}
