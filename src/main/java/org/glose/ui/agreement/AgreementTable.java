package org.glose.ui.agreement;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.glose.core.analysis.agreement.AgreementReport;
import org.glose.core.analysis.agreement.AgreementValues;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.analysis.agreement.CodeAgreement;
import org.glose.core.analysis.agreement.Interval;

/**
 * The agreement table: one row per code and a last row pooled over all codes; each cell holds the value and
 * its bootstrap interval, "—" when the statistic is undefined for these data.
 */
final class AgreementTable extends TableView<CodeAgreement> {

    AgreementTable() {
        setId("agreement-table");
        setPlaceholder(new Label(t("agreement.table.empty")));
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY); // values with intervals need their width: scroll instead
        TableColumn<CodeAgreement, String> code = new TableColumn<>(t("agreement.column.code"));
        code.setId("agreement-code");
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code() == null ? t("agreement.pooled")
                : c.getValue().code()));
        code.setPrefWidth(240);
        TableColumn<CodeAgreement, Long> units = new TableColumn<>(t("agreement.column.units"));
        units.setId("agreement-units");
        units.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().units()));
        getColumns().add(code);
        getColumns().add(units);
        getColumns().add(statistic(t("agreement.column.percent"), Statistic.PERCENT, AgreementValues::percent, "%.1f"));
        getColumns().add(statistic(t("agreement.column.cohen"), Statistic.COHEN_KAPPA, AgreementValues::cohenKappa,
                "%.3f"));
        getColumns().add(statistic(t("agreement.column.fleiss"), Statistic.FLEISS_KAPPA, AgreementValues::fleissKappa,
                "%.3f"));
        getColumns().add(statistic(t("agreement.column.krippendorff"), Statistic.KRIPPENDORFF_ALPHA,
                AgreementValues::krippendorffAlpha, "%.3f"));
        getColumns().add(statistic(t("agreement.column.gwet"), Statistic.GWET_AC1, AgreementValues::gwetAc1, "%.3f"));
    }

    void show(AgreementReport report) {
        List<CodeAgreement> rows = new java.util.ArrayList<>(report.codes());
        rows.add(report.overall());
        getItems().setAll(rows);
    }

    private static TableColumn<CodeAgreement, String> statistic(String title, Statistic statistic,
                                                                Function<AgreementValues, OptionalDouble> value,
                                                                String format) {
        TableColumn<CodeAgreement, String> column = new TableColumn<>(title);
        column.setPrefWidth(165);
        column.setId("agreement-" + statistic.key().replace('_', '-'));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell(value.apply(c.getValue().values()),
                c.getValue().intervals().get(statistic), format)));
        return column;
    }

    /** "0.712 [0.604, 0.815]", the value alone without an interval, or "—" when undefined. */
    static String cell(OptionalDouble value, Interval interval, String format) {
        if (value.isEmpty()) {
            return "—";
        }
        String v = String.format(Locale.ROOT, format, value.getAsDouble());
        return interval == null ? v
                : v + String.format(Locale.ROOT, " [" + format + ", " + format + "]", interval.low(), interval.high());
    }
}
