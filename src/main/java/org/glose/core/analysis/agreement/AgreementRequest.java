package org.glose.core.analysis.agreement;

import java.util.List;

/**
 * What the user asks: the coders to compare (by name, at least two), the unit, optionally one code (path or id)
 * and some documents (names or ids; empty means all), and the bootstrap's seed and number of resamples.
 */
public record AgreementRequest(List<String> coders, Unit unit, String code, List<String> documents, long seed,
                               int resamples) {

    public AgreementRequest {
        coders = List.copyOf(coders);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public static AgreementRequest of(List<String> coders, Unit unit) {
        return new AgreementRequest(coders, unit, null, List.of(), Bootstrap.DEFAULT_SEED, Bootstrap.RESAMPLES);
    }

    public AgreementRequest withCode(String newCode) {
        return new AgreementRequest(coders, unit, newCode, documents, seed, resamples);
    }

    public AgreementRequest withDocuments(List<String> newDocuments) {
        return new AgreementRequest(coders, unit, code, newDocuments, seed, resamples);
    }

    public AgreementRequest withSeed(long newSeed) {
        return new AgreementRequest(coders, unit, code, documents, newSeed, resamples);
    }
}
