package org.glose.ui.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.glose.core.model.Codebook;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.OpenProject;

/**
 * The history browser: the whole project's, one document's or one code's changes ({@link HistoryView}), chosen
 * in a list of the project's documents and codes. Reads off the FX thread on {@code background}.
 */
public final class HistoryPane extends BorderPane {

    /** One choice of the list: what it says and which entries it shows. */
    public record Scope(String label, HistoryFilter filter) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Scope WHOLE_PROJECT = new Scope("The whole project", HistoryFilter.ALL);

    final ComboBox<Scope> scope = new ComboBox<>();
    final HistoryView view;
    private final OpenProject project;
    private final Executor background;

    public HistoryPane(OpenProject project, Executor background) {
        this.project = project;
        this.background = background;
        this.view = new HistoryView(project, background);
        scope.setId("history-scope");
        scope.getItems().setAll(WHOLE_PROJECT);
        scope.setValue(WHOLE_PROJECT);
        scope.setVisibleRowCount(20);
        scope.valueProperty().addListener((o, was, now) -> show());
        HBox top = new HBox(6, new Label("History of"), scope);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 10, 0, 10));
        setTop(top);
        setCenter(view);
        refresh();
    }

    /** Reloads the documents and codes offered, then the entries shown. */
    public void refresh() {
        background.execute(() -> {
            List<Scope> scopes = new ArrayList<>(List.of(WHOLE_PROJECT));
            try {
                project.read(tx -> {
                    tx.documents().list().forEach(d -> scopes.add(new Scope("Document " + d.name(),
                            HistoryFilter.ofDocument(d.id()))));
                    Codebook book = tx.codes().codebook();
                    book.depthFirst().forEach(c -> scopes.add(new Scope("Code " + book.pathOf(c.id()),
                            HistoryFilter.ofCode(c.id()))));
                    return null;
                });
            } catch (RuntimeException e) {
                // the entries of the whole project are still listed, and the view says what went wrong
            }
            Platform.runLater(() -> {
                Scope chosen = scope.getValue();
                scope.getItems().setAll(scopes);
                scope.setValue(scopes.stream().filter(s -> s.label().equals(chosen.label())).findFirst()
                        .orElse(WHOLE_PROJECT));
                show();
            });
        });
    }

    private void show() {
        Scope chosen = scope.getValue();
        if (chosen != null) {
            view.show(chosen.filter(), "History of " + (chosen == WHOLE_PROJECT ? "the project “" + project.name()
                    + "”" : chosen.label().toLowerCase(java.util.Locale.ROOT).charAt(0) + chosen.label().substring(1))
                    + ", newest first");
        }
    }
}
