package org.glose.ui.review;

import static org.glose.ui.i18n.I18n.t;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.glose.core.project.OpenProject;
import org.glose.core.review.DeleteComment;
import org.glose.core.review.ReviewItem;
import org.glose.core.review.ReviewList;
import org.glose.core.task.TaskRunner;
import org.glose.ui.work.ChoiceLabels;
import org.glose.ui.work.PaneWork;
import org.glose.core.text.TextRange;

/**
 * The review list (docs/agreement.md): every comment on a coding or a passage, in document order, with who wrote
 * it; filtered by author; choosing a row asks the window to show the passage; a comment can be deleted (undoable).
 * It follows the project's changes until {@link #dispose} is called.
 */
public final class ReviewPane extends BorderPane {

    /** Shows a passage of a document (the window opens the document and selects it). */
    @FunctionalInterface
    public interface PassageOpener {
        void open(long documentId, TextRange passage);
    }

    static final String ALL_AUTHORS = "All authors";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final OpenProject project;
    private final TaskRunner runner;
    private final Consumer<String> onProjectChange = label -> Platform.runLater(this::refresh);
    final ChoiceBox<String> author = new ChoiceBox<>();
    final TableView<ReviewItem> table = new TableView<>();
    final Button delete = new Button(t("review.delete"));
    final Label count = new Label();
    final Label status = new Label();

    public ReviewPane(OpenProject project, TaskRunner runner, PassageOpener opener) {
        this.project = project;
        this.runner = runner;
        setId("review-pane");
        setPadding(new Insets(6));
        author.setId("review-author");
        author.getItems().add(ALL_AUTHORS);
        author.setConverter(ChoiceLabels.naming(ALL_AUTHORS, t("review.allAuthors")));
        author.setValue(ALL_AUTHORS);
        author.setOnAction(e -> refresh());
        table.setId("review-table");
        table.setPlaceholder(new Label(t("review.empty")));
        table.getColumns().add(column(t("review.column.document"), "review-document", ReviewItem::document));
        table.getColumns().add(column(t("review.column.passage"), "review-passage", ReviewItem::excerpt));
        table.getColumns().add(column(t("review.column.code"), "review-code", i -> i.code() == null ? "" : i.code()));
        table.getColumns().add(column(t("review.column.codedBy"), "review-coded-by",
                i -> i.codedBy() == null ? "" : i.codedBy()));
        table.getColumns().add(column(t("review.column.comment"), "review-comment", ReviewItem::comment));
        table.getColumns().add(column(t("review.column.author"), "review-comment-author",
                i -> i.author() == null ? "" : i.author()));
        table.getColumns().add(column(t("review.column.date"), "review-date",
                i -> i.at() == null ? "" : WHEN.format(i.at())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                opener.open(item.documentId(), item.passage());
            }
        });
        delete.setId("review-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        count.setId("review-count");
        status.setId("review-status");
        HBox top = new HBox(6, new Label(t("review.author")), author, count);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);
        setCenter(table);
        HBox bottom = new HBox(6, delete, status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        setBottom(bottom);
        BorderPane.setMargin(table, new Insets(6, 0, 6, 0));
        project.addChangeListener(onProjectChange);
        refresh();
    }

    private static TableColumn<ReviewItem, String> column(String title, String id, Function<ReviewItem, String> value) {
        TableColumn<ReviewItem, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** Stops following the project (call when the pane is closed). */
    public void dispose() {
        project.removeChangeListener(onProjectChange);
    }

    private record Listing(List<ReviewItem> items, List<String> authors) {
    }

    /** Reloads the comments (of the chosen author) and the authors offered. */
    public void refresh() {
        String chosen = author.getValue() == null || ALL_AUTHORS.equals(author.getValue()) ? null : author.getValue();
        background(t("review.task.read"), () -> project.read(tx -> new Listing(ReviewList.of(tx, chosen),
                ReviewList.authors(tx))), listing -> {
            List<String> names = new ArrayList<>(List.of(ALL_AUTHORS));
            names.addAll(listing.authors());
            if (!names.equals(author.getItems())) {
                String keep = author.getValue();
                author.setOnAction(null);
                author.getItems().setAll(names);
                author.setValue(names.contains(keep) ? keep : ALL_AUTHORS);
                author.setOnAction(e -> refresh());
            }
            table.getItems().setAll(listing.items());
            count.setText(t("review.count", listing.items().size()));
        });
    }

    private void deleteSelected() {
        ReviewItem item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            background(t("review.task.delete"), () -> project.execute(new DeleteComment(item.memoId())),
                    memo -> status.setText(t("review.deleted")));
        }
    }

    private <T> void background(String title, Callable<T> work, Consumer<T> done) {
        PaneWork.reportingOn(runner, status).run(title, work, done);
    }
}
