package org.glose.ui.agreement;

import static org.glose.ui.i18n.I18n.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.glose.core.analysis.agreement.AcceptVersion;
import org.glose.core.analysis.agreement.AgreementReport;
import org.glose.core.analysis.agreement.AgreementRequest;
import org.glose.core.analysis.agreement.AgreementService;
import org.glose.core.analysis.agreement.Disagreement;
import org.glose.core.analysis.agreement.Disagreements;
import org.glose.core.analysis.agreement.Unit;
import org.glose.core.model.Coder;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.ChoiceLabels;
import org.glose.ui.work.PaneWork;

/**
 * Inter-coder agreement and adjudication (docs/agreement.md): choose the coders and the unit, compute; the
 * "Agreement" tab shows the statistics per code with their bootstrap intervals, the "Disagreements" tab the
 * passages where the coders differ, side by side, each version with a button that accepts it into the consensus
 * coder (one undoable action). All project work runs through the task runner, off the FX thread; the view
 * follows the project's changes until {@link #dispose} is called.
 */
public final class AgreementView extends BorderPane {

    private final OpenProject project;
    private final TaskRunner runner;
    private final Consumer<String> onProjectChange = label -> Platform.runLater(this::refreshCoders);
    final FlowPane coders = new FlowPane(8, 4);
    final ChoiceBox<String> unit = new ChoiceBox<>();
    final TextField consensus = new TextField(Disagreements.CONSENSUS);
    final Button compute = new Button(t("agreement.compute"));
    final Label status = new Label();
    final AgreementTable table = new AgreementTable();
    final ListView<Disagreement> disagreements = new ListView<>();
    final TabPane tabs = new TabPane();
    private List<String> compared = List.of();
    private boolean computeOnceRead;

    public AgreementView(OpenProject project, TaskRunner runner) {
        this.project = project;
        this.runner = runner;
        setId("agreement-view");
        getStylesheets().add(Objects.requireNonNull(AgreementView.class.getResource("agreement.css"))
                .toExternalForm());
        setPadding(new Insets(6));
        coders.setId("agreement-coders");
        unit.setId("agreement-unit");
        for (Unit u : Unit.values()) {
            unit.getItems().add(u.key());
        }
        unit.setConverter(ChoiceLabels.of(key -> switch (Unit.parse(key)) {
            case CHARACTER -> t("agreement.unit.character");
            case PARAGRAPH -> t("agreement.unit.paragraph");
            case DOCUMENT -> t("agreement.unit.document");
            case SEGMENT -> t("agreement.unit.segment");
        }));
        unit.setValue(Unit.CHARACTER.key());
        consensus.setId("agreement-consensus");
        consensus.setPrefColumnCount(10);
        compute.setId("agreement-compute");
        compute.setOnAction(e -> compute());
        status.setId("agreement-status");
        disagreements.setId("agreement-disagreements");
        disagreements.setPlaceholder(new Label(t("agreement.disagreements.empty")));
        disagreements.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Disagreement d, boolean empty) {
                super.updateItem(d, empty);
                setGraphic(empty || d == null ? null : new VersionsView(d, AgreementView.this::accept));
            }
        });
        Tab agreement = new Tab(t("agreement.tab.agreement"), table);
        agreement.setId("agreement-tab");
        Tab passages = new Tab(t("agreement.tab.disagreements"), disagreements);
        passages.setId("agreement-disagreements-tab");
        tabs.getTabs().addAll(agreement, passages);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HBox settings = new HBox(6, new Label(t("agreement.unit")), unit, new Label(t("agreement.consensus")),
                consensus, compute);
        settings.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(4, new HBox(6, new Label(t("agreement.coders")), coders), settings, status));
        setCenter(tabs);
        project.addChangeListener(onProjectChange);
        refreshCoders();
    }

    /** Stops following the project (call when the view is closed). */
    public void dispose() {
        project.removeChangeListener(onProjectChange);
    }

    /** The coders ticked, in the order shown. */
    List<String> chosenCoders() {
        List<String> chosen = new ArrayList<>();
        coders.getChildren().forEach(n -> {
            if (n instanceof CheckBox box && box.isSelected()) {
                chosen.add(box.getText());
            }
        });
        return chosen;
    }

    /** Reloads the coders offered, keeping the ticks of those still there. */
    void refreshCoders() {
        List<String> ticked = chosenCoders();
        background(t("agreement.task.coders"), () -> project.read(tx -> tx.coders().list().stream().map(Coder::name)
                .toList()), names -> {
            coders.getChildren().clear();
            for (String name : names) {
                CheckBox box = new CheckBox(name);
                box.setId("agreement-coder-" + name);
                box.setSelected(ticked.contains(name) || computeOnceRead);
                coders.getChildren().add(box);
            }
            if (computeOnceRead) {
                computeOnceRead = false;
                compute();
            }
        });
    }

    /** Ticks every coder and computes as soon as the coders are read (the window opened on a first result). */
    public void compareAllOnceCodersAreRead() {
        computeOnceRead = true;
    }

    /** Computes the statistics and lists the disagreements of the ticked coders. */
    public void compute() {
        List<String> chosen = chosenCoders();
        String consensusName = consensus.getText();
        if (chosen.contains(consensusName == null ? "" : consensusName.strip())) {
            showError(new InvalidInputException(t("agreement.consensusCompared")));
            return;
        }
        AgreementRequest request = AgreementRequest.of(chosen, Unit.parse(unit.getValue()));
        status.pseudoClassStateChanged(PaneWork.ERROR, false);
        status.setText(t("agreement.computing"));
        GloseTask<AgreementReport> task = AgreementService.task(project, request);
        background(task.title(), () -> task.run(Progress.NONE, new Cancellation()), report -> {
            table.show(report);
            compared = chosen;
            status.setText(t("agreement.computed", report.codes().size(), report.documents(),
                    String.format(java.util.Locale.ROOT, "%.0f", 100 * report.level()), report.resamples(),
                    report.seed()));
            listDisagreements();
        });
    }

    private void listDisagreements() {
        List<String> chosen = compared;
        String consensusName = consensus.getText();
        background(t("agreement.task.disagreements"),
                () -> project.read(tx -> Disagreements.find(tx, chosen, consensusName)),
                found -> disagreements.getItems().setAll(found));
    }

    /** Accepts one coder's version of a passage into the consensus coder. */
    void accept(Disagreement d, String coder) {
        AcceptVersion command = AcceptVersion.of(d, coder, consensus.getText());
        background(command.label(), () -> project.execute(command), n -> {
            status.pseudoClassStateChanged(PaneWork.ERROR, false);
            status.setText(t("agreement.acceptedStatus", coder, d.code(), consensus.getText().strip()));
            listDisagreements();
        });
    }

    private <T> void background(String title, Callable<T> work, Consumer<T> done) {
        PaneWork.reportingOn(runner, status).run(title, work, done);
    }

    private void showError(Throwable error) {
        PaneWork.showError(status, error);
    }
}
