package org.glose.core.model;

import java.time.Instant;

/**
 * An analysis kept under a name to be run again: its {@code kind} (cooccurrence, matrix, frequency, words) and its
 * settings and filters as text (see {@code org.glose.core.analysis.saved.AnalysisSettingsText}).
 */
public record SavedAnalysis(long id, String name, String kind, String settings, Instant createdAt) {
}
