package org.glose.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.glose.core.analysis.agreement.AgreementReport;
import org.glose.core.analysis.agreement.AgreementRequest;
import org.glose.core.analysis.agreement.AgreementService;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.analysis.agreement.Bootstrap;
import org.glose.core.analysis.agreement.CodeAgreement;
import org.glose.core.analysis.agreement.Interval;
import org.glose.core.analysis.agreement.Unit;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Inter-coder agreement per code and overall: percent agreement, Cohen's kappa (two coders), "
                + "Fleiss' kappa, Krippendorff's alpha (nominal) and Gwet's AC1, each with a 95%% bootstrap "
                + "confidence interval over documents (1,000 resamples, fixed seed). See docs/agreement.md."})
final class AgreementCommand extends ProjectCommand {

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B[,C...]",
            description = "The coders to compare, by name (at least two).")
    List<String> coders;

    @Option(names = "--unit", defaultValue = "character", paramLabel = "UNIT",
            description = "character, paragraph, document or segment (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--code", paramLabel = "CODE", description = "Only this code (path or id).")
    String code;

    @Option(names = "--document", paramLabel = "DOCUMENT",
            description = "Only these documents (name or id; repeat the option). Default: all.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "The bootstrap's seed (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Bootstrap.DEFAULT_SEED)
    long seed;

    @Option(names = "--json", description = "Print {unit, coders, documents, codes:[{code, units, percent, "
            + "cohen_kappa, fleiss_kappa, krippendorff_alpha, gwet_ac1, ci}], overall}.")
    boolean json;

    @Override
    int run(OpenProject project) {
        AgreementRequest request = new AgreementRequest(coders, Unit.parse(unit), code, documents, seed,
                Bootstrap.RESAMPLES);
        AgreementService.Loaded loaded = project.read(tx -> AgreementService.load(tx, request));
        AgreementReport report = AgreementService.compute(loaded, Progress.NONE, new Cancellation());
        if (json) {
            JsonOutput.print(out(), AgreementJson.of(report));
            return GloseCli.OK;
        }
        out().println("Agreement between " + String.join(", ", report.coders()) + " over " + report.documents()
                + " document(s), unit: " + report.unit().key() + ".");
        TextTable table = new TextTable("CODE", "UNITS", "PERCENT", "COHEN", "FLEISS", "ALPHA", "AC1");
        for (CodeAgreement row : report.codes()) {
            add(table, row.code(), row);
        }
        add(table, "(overall)", report.overall());
        table.print(out());
        out().println(String.format(Locale.ROOT, "Intervals: %.0f%% percentile bootstrap over documents, %d resamples,"
                + " seed %d. — means undefined (docs/agreement.md).", 100 * report.level(), report.resamples(),
                report.seed()));
        return GloseCli.OK;
    }

    private static void add(TextTable table, String name, CodeAgreement row) {
        Map<Statistic, Interval> i = row.intervals();
        table.row(TextTable.oneLine(name, 60), row.units(),
                cell(row.values().percent(), i.get(Statistic.PERCENT), "%.1f"),
                cell(row.values().cohenKappa(), i.get(Statistic.COHEN_KAPPA), "%.3f"),
                cell(row.values().fleissKappa(), i.get(Statistic.FLEISS_KAPPA), "%.3f"),
                cell(row.values().krippendorffAlpha(), i.get(Statistic.KRIPPENDORFF_ALPHA), "%.3f"),
                cell(row.values().gwetAc1(), i.get(Statistic.GWET_AC1), "%.3f"));
    }

    /** "0.712 [0.60, 0.81]", or "—" when undefined. */
    private static String cell(OptionalDouble value, Interval interval, String format) {
        if (value.isEmpty()) {
            return "—";
        }
        String v = String.format(Locale.ROOT, format, value.getAsDouble());
        return interval == null ? v : v + String.format(Locale.ROOT, " [" + format + ", " + format + "]",
                interval.low(), interval.high());
    }
}
