package org.glose.core.analysis.agreement;

import java.util.Map;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;

/**
 * The agreement on one code ({@code code} is its path), or pooled over all codes ({@code code} and {@code codeId}
 * null). {@code units} is the number of units (characters, paragraphs, documents or segments) behind the values;
 * {@code intervals} holds the bootstrap interval of each statistic that has one.
 */
public record CodeAgreement(String code, Long codeId, long units, AgreementValues values,
                            Map<Statistic, Interval> intervals) {

    public CodeAgreement {
        intervals = Map.copyOf(intervals);
    }
}
