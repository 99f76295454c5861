package org.glose.core.analysis.agreement;

import java.util.List;

/**
 * Agreement between coders: one row per code (codebook order) and the pooled {@code overall} row, with the
 * bootstrap's settings ({@code resamples} over {@code documents} documents, {@code seed}, {@code level}) so that
 * anyone can reproduce the intervals.
 */
public record AgreementReport(Unit unit, List<String> coders, int documents, int resamples, long seed, double level,
                              List<CodeAgreement> codes, CodeAgreement overall) {

    public AgreementReport {
        coders = List.copyOf(coders);
        codes = List.copyOf(codes);
    }
}
