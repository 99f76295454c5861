package org.glose.ui.safety;

import static org.glose.ui.i18n.I18n.t;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.glose.store.Snapshot;
import org.glose.ui.i18n.I18n;
import org.glose.store.Snapshots;

/**
 * The project's snapshots, newest first, with "Take a snapshot now" and "Restore…". A restore is confirmed in
 * the pane, then handed to {@code onRestore}: the window closes the project, calls
 * {@link Snapshots#restore(String)} and opens the project again (all off the FX thread). Listing and taking
 * snapshots run on {@code background}.
 */
public final class SnapshotsPane extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final TableView<Snapshot> table = new TableView<>();
    final Button takeNow = new Button(t("safety.snapshots.take"));
    final Button restore = new Button(t("safety.snapshots.restore"));
    final Label status = new Label();
    final HBox confirmation = new HBox(8);
    final Button confirm = new Button(t("safety.snapshots.confirm"));
    final Button cancel = new Button(t("safety.snapshots.cancel"));
    private final Snapshots snapshots;
    private final Executor background;

    /**
     * @param takeSnapshot takes a snapshot of the open project (e.g. {@code () -> project.snapshot(false)}), or null
     *                     when the project is not open (damaged, open elsewhere): the button is then hidden
     * @param onRestore    called on the FX thread with the confirmed snapshot
     */
    public SnapshotsPane(Snapshots snapshots, Executor background, Supplier<Optional<String>> takeSnapshot,
                         Consumer<Snapshot> onRestore) {
        this.snapshots = snapshots;
        this.background = background;
        table.getColumns().add(column(t("safety.snapshots.column.taken"),
                s -> WHEN.format(s.takenAt().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(column(t("safety.snapshots.column.kind"), s -> switch (s.kind()) {
            case AUTO -> t("safety.snapshots.kind.auto");
            case MANUAL -> t("safety.snapshots.kind.manual");
            case BEFORE_RESTORE -> t("safety.snapshots.kind.beforeRestore");
        }));
        table.getColumns().add(column(t("safety.snapshots.column.size"), s -> s.size() < 1 << 20
                ? t("safety.snapshots.size.kb", (s.size() + 1023) / 1024)
                : t("safety.snapshots.size.mb", String.format(I18n.locale(), "%.1f", s.size() / 1048576.0))));
        table.getColumns().add(column(t("safety.snapshots.column.id"), Snapshot::id));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(t("safety.snapshots.empty")));
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> askConfirmation());
        confirm.setOnAction(e -> {
            Snapshot chosen = table.getSelectionModel().getSelectedItem();
            confirmation.setVisible(false);
            if (chosen != null) {
                onRestore.accept(chosen);
            }
        });
        cancel.setOnAction(e -> confirmation.setVisible(false));
        confirmation.setVisible(false);
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        takeNow.setVisible(takeSnapshot != null);
        takeNow.managedProperty().bind(takeNow.visibleProperty());
        takeNow.setOnAction(e -> take(takeSnapshot));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, takeNow, spacer, restore);
        VBox bottom = new VBox(8, confirmation, buttons, status);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setCenter(table);
        setBottom(bottom);
        setPadding(new Insets(10));
        refresh();
    }

    private static TableColumn<Snapshot, String> column(String title, java.util.function.Function<Snapshot, String> f) {
        TableColumn<Snapshot, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(f.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void askConfirmation() {
        Snapshot chosen = table.getSelectionModel().getSelectedItem();
        Label question = new Label(t("safety.snapshots.question", WHEN.format(chosen.takenAt()
                .atZone(ZoneId.systemDefault()))));
        question.setWrapText(true);
        HBox.setHgrow(question, Priority.ALWAYS);
        confirmation.getChildren().setAll(question, confirm, cancel);
        confirmation.setVisible(true);
    }

    private void take(Supplier<Optional<String>> takeSnapshot) {
        takeNow.setDisable(true);
        status.setText(t("safety.snapshots.taking"));
        background.execute(() -> {
            String message;
            try {
                message = takeSnapshot.get().map(id -> t("safety.snapshots.took", id))
                        .orElse(t("safety.snapshots.none"));
            } catch (RuntimeException e) {
                message = e.getMessage();
            }
            String done = message;
            Platform.runLater(() -> {
                takeNow.setDisable(false);
                status.setText(done);
                refresh();
            });
        });
    }

    /** Lists the snapshots again (off the FX thread). */
    public void refresh() {
        background.execute(() -> {
            List<Snapshot> list;
            String error = null;
            try {
                list = snapshots.list();
            } catch (RuntimeException e) {
                list = List.of();
                error = e.getMessage();
            }
            List<Snapshot> found = list;
            String problem = error;
            Platform.runLater(() -> {
                table.getItems().setAll(found);
                if (problem != null) {
                    status.setText(problem);
                }
            });
        });
    }
}
