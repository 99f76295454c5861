package org.glose.core.analysis.agreement;

import java.util.OptionalDouble;

/**
 * The five statistics for one code (or pooled over codes). {@code percent} is a percentage (0–100), the others
 * are coefficients (1 = perfect agreement, 0 = chance level). Empty means undefined for these data (see
 * docs/agreement.md); Cohen's κ is empty for more than two coders.
 */
public record AgreementValues(OptionalDouble percent, OptionalDouble cohenKappa, OptionalDouble fleissKappa,
                              OptionalDouble krippendorffAlpha, OptionalDouble gwetAc1) {

    /** The statistics in a fixed order, for tables and the bootstrap. */
    public enum Statistic {
        PERCENT("percent"), COHEN_KAPPA("cohen_kappa"), FLEISS_KAPPA("fleiss_kappa"),
        KRIPPENDORFF_ALPHA("krippendorff_alpha"), GWET_AC1("gwet_ac1");

        private final String key;

        Statistic(String key) {
            this.key = key;
        }

        /** The name used in JSON output. */
        public String key() {
            return key;
        }
    }

    public OptionalDouble get(Statistic statistic) {
        return switch (statistic) {
            case PERCENT -> percent;
            case COHEN_KAPPA -> cohenKappa;
            case FLEISS_KAPPA -> fleissKappa;
            case KRIPPENDORFF_ALPHA -> krippendorffAlpha;
            case GWET_AC1 -> gwetAc1;
        };
    }
}
