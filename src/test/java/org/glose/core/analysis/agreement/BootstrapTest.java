package org.glose.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** Five documents whose agreement differs, one column each. */
    private static List<List<Ratings>> documents() {
        List<List<Ratings>> docs = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            docs.add(List.of(Ratings.builder(2, 2).add(10 + d, 1, 1).add(30, 0, 0).add(d + 1, 1, 0).add(2, 0, 1)
                    .build()));
        }
        return docs;
    }

    private static List<Map<Statistic, Interval>> run(List<List<Ratings>> docs, long seed) {
        return Bootstrap.intervals(docs, 1, 2, Bootstrap.RESAMPLES, seed, Progress.NONE, new Cancellation());
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndEachIntervalIsOrdered() {
        Map<Statistic, Interval> first = run(documents(), 42).get(0);
        Map<Statistic, Interval> again = run(documents(), 42).get(0);
        assertThat(first).isEqualTo(again);
        assertThat(first.keySet()).containsExactlyInAnyOrder(Statistic.values());
        first.values().forEach(i -> {
            assertThat(i.low()).isLessThanOrEqualTo(i.high());
            assertThat(i.defined()).isEqualTo(Bootstrap.RESAMPLES);
        });
        // the pooled value lies inside its interval
        Ratings pooled = Ratings.pool(2, 2, documents().stream().map(d -> d.get(0)).toList());
        double kappa = Coefficients.cohenKappa(pooled).getAsDouble();
        assertThat(kappa).isBetween(first.get(Statistic.COHEN_KAPPA).low(), first.get(Statistic.COHEN_KAPPA).high());
    }

    @Test
    void oneDocumentGivesNoInterval() {
        assertThat(run(documents().subList(0, 1), 42).get(0)).isEmpty();
    }

    @Test
    void resamplesWhereAStatisticIsUndefinedAreLeftOut() {
        // one document where both coders coded everything: a resample of it alone leaves κ undefined
        List<List<Ratings>> docs = List.of(List.of(Ratings.builder(2, 2).add(5, 1, 1).build()),
                List.of(Ratings.builder(2, 2).add(5, 1, 0).add(5, 0, 0).build()));
        Interval kappa = run(docs, 1).get(0).get(Statistic.COHEN_KAPPA);
        assertThat(kappa.defined()).isLessThan(Bootstrap.RESAMPLES).isGreaterThan(0);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(Bootstrap.quantile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(Bootstrap.quantile(sorted, 0.975)).isCloseTo(4.9, within(1e-12));
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(3);
        assertThat(Bootstrap.quantile(new double[] {7}, 0.975)).isEqualTo(7);
    }
}
