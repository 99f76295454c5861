package org.glose.ui.search;

import static org.glose.ui.i18n.I18n.t;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.glose.core.search.Kwic;
import org.glose.core.search.SearchHit;

/**
 * The hits as key words in context: document, page, position, left context (right-aligned so that the hits line
 * up), hit, right context. Every column sorts; the rows come in document and text order.
 */
final class KwicTableView extends TableView<SearchHit> {

    KwicTableView() {
        setId("search-hits");
        setPlaceholder(new javafx.scene.control.Label(t("search.hits.empty")));
        getColumns().add(text(t("search.column.document"), "search-document", 160, h -> h.document()));
        TableColumn<SearchHit, Integer> page = new TableColumn<>(t("search.column.page"));
        page.setId("search-page");
        page.setPrefWidth(50);
        page.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().page()));
        getColumns().add(page);
        TableColumn<SearchHit, Integer> position = new TableColumn<>(t("search.column.position"));
        position.setId("search-position");
        position.setPrefWidth(70);
        position.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().range().start()));
        getColumns().add(position);
        TableColumn<SearchHit, String> before = text(t("search.column.before"), "search-before", 300,
                SearchHit::before);
        before.setCellFactory(c -> rightAligned());
        getColumns().add(before);
        TableColumn<SearchHit, String> hit = text(t("search.column.hit"), "search-hit", 140,
                h -> Kwic.oneLine(h.text()));
        hit.setStyle("-fx-font-weight: bold;");
        getColumns().add(hit);
        getColumns().add(text(t("search.column.after"), "search-after", 300, SearchHit::after));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private static TableColumn<SearchHit, String> text(String title, String id, double width,
                                                       java.util.function.Function<SearchHit, String> value) {
        TableColumn<SearchHit, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static TableCell<SearchHit, String> rightAligned() {
        TableCell<SearchHit, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        return cell;
    }
}
