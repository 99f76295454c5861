package org.glose.ui.analysis;

import static org.glose.ui.i18n.I18n.t;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;

/**
 * What the analysis panes share: the status line, the pane's root and stylesheet, and background computations
 * where only the latest request of each kind is shown (an older one that finishes later is dropped).
 */
final class PaneSupport {

    private final Supplier<OpenProject> project;
    private final TaskRunner runner;
    private final Label status = new Label();
    private final BooleanProperty noResult = new SimpleBooleanProperty(true);
    private final Map<String, Long> tickets = new HashMap<>();
    private CompletableFuture<?> lastWork = CompletableFuture.completedFuture(null);
    private boolean updating;
    private AnalysisSaving saving;

    PaneSupport(Supplier<OpenProject> project, TaskRunner runner) {
        this.project = project;
        this.runner = runner;
        status.setId("analysis-status");
        status.getStyleClass().add("analysis-status");
        status.setWrapText(true);
    }

    /**
     * The pane's Save… button (and Ctrl+S once {@link #root} is built): saves what {@code source} gives, as the
     * command line's {@code --save} does. One per pane.
     */
    Button saveButton(AnalysisSaving.Source source) {
        saving = new AnalysisSaving(project, runner, source, this::track);
        return saving.button();
    }

    VBox root(Node... children) {
        VBox root = new VBox(children);
        root.getChildren().add(2, status);
        if (saving != null) {
            root.getChildren().add(3, saving.note());
            saving.installShortcut(root);
        }
        root.getStyleClass().add("analysis-pane");
        root.getStylesheets().add(Objects.requireNonNull(PaneSupport.class.getResource("analysis.css"))
                .toExternalForm());
        return root;
    }

    /**
     * The layout of a heatmap pane: its title, its controls followed by the save and export buttons, the status
     * line, then the heatmap above the passages of the chosen cell.
     */
    VBox heatmapRoot(String title, AnalysisExports exports, AnalysisSaving.Source saved, HeatmapView heatmap,
                     PassageList passages, Node... controls) {
        MenuButton export = exports.button(() -> window(heatmap.root()));
        export.disableProperty().bind(noResult);
        FlowPane row = new FlowPane(controls);
        row.getChildren().addAll(saveButton(saved), export);
        row.getStyleClass().add("analysis-controls");
        Label heading = new Label(title);
        heading.getStyleClass().add("pane-title");
        HBox header = new HBox(heading);
        header.getStyleClass().add("pane-header");
        SplitPane split = new SplitPane(heatmap.root(), passages.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        heatmap.setOnFocus(this::say);
        return root(header, row, split);
    }

    /** True while {@link #replaceChoices} fills a box: the change is not the user's and computes nothing. */
    boolean updating() {
        return updating;
    }

    /** Offers {@code items} in {@code box}, keeping its choice when still offered, else choosing {@code fallback}. */
    <T> void replaceChoices(ChoiceBox<T> box, List<T> items, T fallback) {
        if (items.equals(box.getItems())) {
            return;
        }
        updating = true;
        try {
            T was = box.getValue();
            box.getItems().setAll(items);
            box.setValue(was != null && items.contains(was) ? was : fallback);
        } finally {
            updating = false;
        }
    }

    BooleanProperty noResult() {
        return noResult;
    }

    Label status() {
        return status;
    }

    void say(String sentence) {
        status.getStyleClass().remove("error");
        status.setText(sentence);
    }

    void fail(Throwable error) {
        if (!status.getStyleClass().contains("error")) {
            status.getStyleClass().add("error");
        }
        status.setText(Fx.message(error));
    }

    Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    /** Every computation started so far, shown or dropped: tests wait on it before looking at the pane. */
    CompletableFuture<?> lastWork() {
        return lastWork;
    }

    /** Runs {@code work} on the project off the FX thread and shows its result, unless a newer one was asked. */
    <T> void compute(String kind, Function<OpenProject, T> work, Consumer<T> show) {
        OpenProject open = project.get();
        if (saving != null) {
            saving.update();
        }
        if (open == null) {
            say(t("analysis.noProject"));
            return;
        }
        long ticket = tickets.merge(kind, 1L, Long::sum);
        say(t("analysis.computing", kind));
        CompletableFuture<T> future = runner.submit(new GloseTask<T>() {
            @Override
            public String title() {
                return kind;
            }

            @Override
            public T run(Progress progress, Cancellation cancellation) {
                return work.apply(open);
            }
        }, Progress.NONE, new Cancellation());
        CompletableFuture<Void> shown = new CompletableFuture<>();
        future.whenComplete((result, error) -> Fx.later(() -> {
            try {
                if (tickets.get(kind) != ticket) {
                    return;
                }
                if (error != null) {
                    fail(error);
                } else {
                    show.accept(result);
                    noResult.set(false);
                }
            } finally {
                shown.complete(null);
            }
        }));
        track(shown);
    }

    private void track(CompletableFuture<?> work) {
        lastWork = CompletableFuture.allOf(lastWork, work);
    }
}
