package org.glose.ui.analysis;

import static org.glose.ui.i18n.I18n.t;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.SaveAnalysis;
import org.glose.core.analysis.saved.SavedAnalyses;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.PaneWork;

/**
 * "Save…" in an analysis pane (and Ctrl+S): asks a name, offering the pane's heading or, when taken, the first
 * free "heading (2)", and saves the pane's current settings and filter as {@code --save NAME} does on the command
 * line, through the same core command ({@link SaveAnalysis}): one undoable action, after which the Queries tab
 * lists it. A name already used is refused with one sentence and nothing changes (the core would replace it; the
 * window never overwrites a saved analysis silently: rename or delete it in the Queries tab). Disabled on a
 * read-only project. The sentence about the save stays under the status line, so the pane computing again after
 * the change does not wipe it.
 */
final class AnalysisSaving {

    static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final int MAX_NAME = 200;

    /** What a pane saves: the name it offers, and its settings and filter as they are on screen. */
    record Source(Supplier<String> name, Supplier<AnalysisSettings> settings) {
    }

    private final Supplier<OpenProject> project;
    private final TaskRunner runner;
    private final Source source;
    private final Consumer<CompletableFuture<?>> track;
    private final Button button = new Button(t("analysis.save.button"));
    private final Label note = new Label();

    /** @param track told of every save started, so that tests can wait for it */
    AnalysisSaving(Supplier<OpenProject> project, TaskRunner runner, Source source,
                   Consumer<CompletableFuture<?>> track) {
        this.project = project;
        this.runner = runner;
        this.source = source;
        this.track = track;
        button.setId("analysis-save");
        button.setTooltip(new Tooltip(t("analysis.save.tip")));
        button.setOnAction(e -> ask());
        note.setId("analysis-saved");
        note.getStyleClass().add("analysis-status");
        note.setWrapText(true);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        update();
    }

    Button button() {
        return button;
    }

    /** The line under the status that says what the last save did. */
    Label note() {
        return note;
    }

    /** Ctrl+S (Cmd+S on a Mac) anywhere in {@code root} saves. */
    void installShortcut(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUT.match(e)) {
                e.consume();
                ask();
            }
        });
    }

    /** Enables the button when a project is open and can be changed; called whenever the pane computes. */
    void update() {
        OpenProject open = project.get();
        button.setDisable(open == null || open.isReadOnly());
    }

    /** Asks a name for the settings as they are now, offering a free one; then saves. */
    void ask() {
        update();
        OpenProject open = project.get();
        if (open == null) {
            refuse(t("analysis.noProject"));
            return;
        }
        if (open.isReadOnly()) {
            refuse(t("readOnly.refused"));
            return;
        }
        AnalysisSettings settings;
        String offered;
        try {
            settings = source.settings().get();
            offered = source.name().get();
        } catch (RuntimeException e) {
            refuse(Fx.message(e));
            return;
        }
        runner.submit(PaneWork.task(t("analysis.save.reading"), () -> SavedAnalyses.list(open).stream()
                .map(SavedAnalysis::name).collect(Collectors.toSet())), Progress.NONE, new Cancellation())
                .whenComplete((taken, error) -> Fx.later(() -> {
                    if (error != null) {
                        refuse(Fx.message(error));
                    } else if (project.get() == open) {
                        dialog(free(offered, taken)).ifPresent(name -> save(open, name, settings));
                    }
                }));
    }

    /** Saves {@code settings} under {@code typed}: a blank, too long or taken name is refused, changing nothing. */
    void save(OpenProject open, String typed, AnalysisSettings settings) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            refuse(t("analysis.save.blank"));
            return;
        }
        if (name.length() > MAX_NAME) {
            refuse(t("analysis.save.tooLong", MAX_NAME));
            return;
        }
        CompletableFuture<Boolean> saved = runner.submit(PaneWork.task(t("analysis.save.saving"), () -> {
            if (SavedAnalyses.list(open).stream().anyMatch(a -> a.name().equals(name))) {
                return false;
            }
            open.execute(SaveAnalysis.save(name, settings));
            return true;
        }), Progress.NONE, new Cancellation());
        CompletableFuture<Void> shown = new CompletableFuture<>();
        saved.whenComplete((done, error) -> Fx.later(() -> {
            try {
                if (error != null) {
                    refuse(Fx.message(error));
                } else if (done) {
                    tell(t("analysis.save.done", name));
                } else {
                    refuse(t("analysis.save.taken", name));
                }
            } finally {
                shown.complete(null);
            }
        }));
        track.accept(shown);
    }

    private Optional<String> dialog(String offered) {
        TextInputDialog dialog = new TextInputDialog(offered);
        Window owner = button.getScene() == null ? null : button.getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(t("analysis.save.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(t("analysis.save.question"));
        dialog.getEditor().setId("analysis-save-name");
        dialog.getEditor().setPrefColumnCount(32);
        return dialog.showAndWait();
    }

    /** {@code offered}, or the first of "offered (2)", "offered (3)"… that no saved analysis is called. */
    static String free(String offered, Set<String> taken) {
        String base = offered.length() > MAX_NAME - 6 ? offered.substring(0, MAX_NAME - 6).strip() : offered;
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + " (" + n + ")")) {
            n++;
        }
        return base + " (" + n + ")";
    }

    private void tell(String sentence) {
        note.getStyleClass().remove("error");
        note.setText(sentence);
    }

    private void refuse(String sentence) {
        if (!note.getStyleClass().contains("error")) {
            note.getStyleClass().add("error");
        }
        note.setText(sentence);
    }
}
