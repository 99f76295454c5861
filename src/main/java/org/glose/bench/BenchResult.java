package org.glose.bench;

/** One workload's figures; {@code baselineMs} and {@code ratio} are null when it has no raw-library baseline. */
public record BenchResult(String name, String scale, double medianMs, double p90Ms, double peakMb,
                          Double baselineMs, Double ratio) {
}
