package org.glose.core.analysis.agreement;

/**
 * A bootstrap confidence interval: the percentile bounds over the resamples in which the statistic was defined
 * ({@code defined} of them).
 */
public record Interval(double low, double high, int defined) {
}
