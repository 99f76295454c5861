package org.glose.ui.analysis;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.glose.core.analysis.data.Passage;

/**
 * The passages of a chosen cell: where (document, range) and what they say. Double-click or Enter opens one in
 * its document through the callback the window gives.
 */
final class PassageList {

    private static final int SHOWN = 400;

    private final ListView<Passage> list = new ListView<>();
    private final Label placeholder = new Label(t("analysis.passages.chooseCell"));

    PassageList(Consumer<Passage> onOpen) {
        list.setId("passage-list");
        list.getStyleClass().add("passage-list");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new PassageCell());
        list.setOnMouseClicked(e -> {
            Passage p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onOpen.accept(p);
            }
        });
        list.setOnKeyPressed(e -> {
            Passage p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == KeyCode.ENTER) {
                onOpen.accept(p);
                e.consume();
            }
        });
    }

    Node root() {
        return list;
    }

    ListView<Passage> list() {
        return list;
    }

    void show(List<Passage> passages, String emptyMessage) {
        placeholder.setText(emptyMessage);
        list.getItems().setAll(passages);
    }

    void clear(String message) {
        show(List.of(), message);
    }

    private static final class PassageCell extends ListCell<Passage> {
        @Override
        protected void updateItem(Passage p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label where = new Label(p.documentName() + " [" + p.range().start() + ", " + p.range().end() + ")");
            where.getStyleClass().add("passage-where");
            String text = p.text() == null ? "" : p.text().strip().replaceAll("\\s+", " ");
            Label body = new Label(text.length() > SHOWN ? text.substring(0, SHOWN - 1) + "…" : text);
            body.setWrapText(true);
            body.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(new VBox(2, where, body));
            setText(null);
            setAccessibleText(where.getText() + ": " + text);
        }
    }
}
