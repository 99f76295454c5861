package org.glose.ui.safety;

import static org.glose.ui.i18n.I18n.t;

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

    /** One choice of the list: what it says, the heading above its entries, and which entries it shows. */
    public record Scope(String label, String heading, HistoryFilter filter) {
        @Override
        public String toString() {
            return label;
        }
    }

    final ComboBox<Scope> scope = new ComboBox<>();
    private final Scope wholeProject;
    final HistoryView view;
    private final OpenProject project;
    private final Executor background;

    public HistoryPane(OpenProject project, Executor background) {
        this.project = project;
        this.background = background;
        this.view = new HistoryView(project, background);
        this.wholeProject = new Scope(t("history.pane.wholeProject"),
                t("history.pane.heading.project", project.name()), HistoryFilter.ALL);
        scope.setId("history-scope");
        scope.getItems().setAll(wholeProject);
        scope.setValue(wholeProject);
        scope.setVisibleRowCount(20);
        scope.valueProperty().addListener((o, was, now) -> show());
        HBox top = new HBox(6, new Label(t("history.pane.of")), scope);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 10, 0, 10));
        setTop(top);
        setCenter(view);
        refresh();
    }

    /** Reloads the documents and codes offered, then the entries shown. */
    public void refresh() {
        background.execute(() -> {
            List<Scope> scopes = new ArrayList<>(List.of(wholeProject));
            try {
                project.read(tx -> {
                    tx.documents().list().forEach(d -> scopes.add(new Scope(t("history.pane.document", d.name()),
                            t("history.pane.heading.document", d.name()), HistoryFilter.ofDocument(d.id()))));
                    Codebook book = tx.codes().codebook();
                    book.depthFirst().forEach(c -> {
                        String path = book.pathOf(c.id());
                        scopes.add(new Scope(t("history.pane.code", path), t("history.pane.heading.code", path),
                                HistoryFilter.ofCode(c.id())));
                    });
                    return null;
                });
            } catch (RuntimeException e) {
                // the entries of the whole project are still listed, and the view says what went wrong
            }
            Platform.runLater(() -> {
                Scope chosen = scope.getValue();
                scope.getItems().setAll(scopes);
                scope.setValue(scopes.stream().filter(s -> s.label().equals(chosen.label())).findFirst()
                        .orElse(wholeProject));
                show();
            });
        });
    }

    private void show() {
        Scope chosen = scope.getValue();
        if (chosen != null) {
            view.show(chosen.filter(), chosen.heading());
        }
    }
}
