package org.glose.core.analysis.saved;

import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.matrix.MatrixOptions;

/**
 * Everything needed to run an analysis again: which analysis, its options and its filter. Saved analyses keep
 * these (as text: {@link AnalysisSettingsText}); the window and the command line build them from what the user
 * chose and run them through {@link org.glose.core.analysis.AnalysisService}.
 */
public sealed interface AnalysisSettings {

    /** The kind as stored and shown: {@code cooccurrence}, {@code matrix}, {@code frequency} or {@code words}. */
    String kind();

    AnalysisFilter filter();

    /** Code co-occurrence; {@code clustered}: codes ordered by similarity rather than by the codebook. */
    record CoOccurrence(AnalysisFilter filter, CoOccurrenceOptions options, boolean clustered)
            implements AnalysisSettings {
        @Override
        public String kind() {
            return "cooccurrence";
        }
    }

    /** A code matrix (codes × documents, cases or attribute values). */
    record Matrix(AnalysisFilter filter, MatrixOptions options) implements AnalysisSettings {
        @Override
        public String kind() {
            return "matrix";
        }
    }

    /** Code frequencies; {@code withSubcodes}: a code also counts its sub-codes' codings. */
    record CodeFrequency(AnalysisFilter filter, boolean withSubcodes) implements AnalysisSettings {
        @Override
        public String kind() {
            return "frequency";
        }
    }

    /** Word frequencies of the documents, or of the passages of {@code within} (a code path or id; may be null). */
    record WordFrequency(AnalysisFilter filter, WordOptions options, String within, boolean withSubcodes)
            implements AnalysisSettings {

        public WordFrequency {
            within = within == null || within.isBlank() ? null : within.strip();
        }

        @Override
        public String kind() {
            return "words";
        }
    }
}
