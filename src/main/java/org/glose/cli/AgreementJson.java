package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.glose.core.analysis.agreement.AgreementReport;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.analysis.agreement.CodeAgreement;
import org.glose.core.analysis.agreement.Interval;

/**
 * The {@code glose agreement --json} document (docs/cli.md): undefined values are {@code null}, never a string
 * or a made-up 0; each interval is {@code {low, high, defined}} or {@code null}.
 */
final class AgreementJson {

    private AgreementJson() {
    }

    @JsonPropertyOrder({"unit", "coders", "documents", "codes", "overall"})
    record Report(String unit, List<String> coders, int documents, List<Row> codes, Row overall) {
    }

    /** One code ({@code code} is its path) or the pooled overall row ({@code code} null). */
    @JsonPropertyOrder({"code", "units", "percent", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1",
            "ci"})
    record Row(String code, long units, Double percent, @JsonProperty("cohen_kappa") Double cohenKappa,
               @JsonProperty("fleiss_kappa") Double fleissKappa,
               @JsonProperty("krippendorff_alpha") Double krippendorffAlpha,
               @JsonProperty("gwet_ac1") Double gwetAc1, Ci ci) {
    }

    @JsonPropertyOrder({"level", "resamples", "seed", "percent", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha",
            "gwet_ac1"})
    record Ci(double level, int resamples, long seed, Bounds percent,
              @JsonProperty("cohen_kappa") Bounds cohenKappa,
              @JsonProperty("fleiss_kappa") Bounds fleissKappa,
              @JsonProperty("krippendorff_alpha") Bounds krippendorffAlpha,
              @JsonProperty("gwet_ac1") Bounds gwetAc1) {
    }

    /** An interval; {@code defined} is the number of resamples in which the statistic was defined. */
    @JsonPropertyOrder({"low", "high", "defined"})
    record Bounds(double low, double high, int defined) {
    }

    static Report of(AgreementReport report) {
        return new Report(report.unit().key(), report.coders(), report.documents(),
                report.codes().stream().map(r -> row(report, r)).toList(), row(report, report.overall()));
    }

    private static Row row(AgreementReport report, CodeAgreement r) {
        Map<Statistic, Interval> i = r.intervals();
        Ci ci = new Ci(report.level(), report.resamples(), report.seed(), interval(i, Statistic.PERCENT),
                interval(i, Statistic.COHEN_KAPPA), interval(i, Statistic.FLEISS_KAPPA),
                interval(i, Statistic.KRIPPENDORFF_ALPHA), interval(i, Statistic.GWET_AC1));
        return new Row(r.code(), r.units(), value(r.values().percent()), value(r.values().cohenKappa()),
                value(r.values().fleissKappa()), value(r.values().krippendorffAlpha()), value(r.values().gwetAc1()),
                ci);
    }

    private static Double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static Bounds interval(Map<Statistic, Interval> intervals, Statistic statistic) {
        Interval i = intervals.get(statistic);
        return i == null ? null : new Bounds(i.low(), i.high(), i.defined());
    }
}
