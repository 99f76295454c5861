package org.glose.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.glose.ui.CodebookView.CodeRow;

/**
 * A code in the tree: colour swatch, name, passages and documents coded. A double click codes the selected text
 * with it (without text selected, it folds the code as usual); a passage dragged from the document can be
 * dropped on it.
 */
final class CodeTreeCell extends TreeCell<CodeRow> {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final CodebookView owner;
    private final Region swatch = new Region();
    private final Label name = new Label();
    private final Label references = new Label();
    private final Label documents = new Label();
    private final HBox graphic;
    private final Tooltip tooltip = new Tooltip();

    CodeTreeCell(CodebookView owner) {
        this.owner = owner;
        swatch.getStyleClass().add("code-swatch");
        swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        name.getStyleClass().add("code-name");
        name.setMinWidth(0);
        references.getStyleClass().add("code-count");
        references.setMinWidth(Region.USE_PREF_SIZE);
        documents.getStyleClass().add("code-documents");
        documents.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        graphic = new HBox(6, swatch, name, gap, references, documents);
        graphic.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0); // fit the tree's width (names shorten with "…") instead of scrolling sideways
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::doubleClickCodes);
        setOnDragOver(e -> {
            if (getItem() != null && PassageDrag.passage(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(e -> {
            var passage = PassageDrag.passage(e.getDragboard());
            boolean done = getItem() != null && passage.isPresent();
            if (done) {
                getTreeView().getSelectionModel().select(getTreeItem());
                owner.onDrop().accept(passage.get(), getItem().code());
            }
            pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(CodeRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        swatch.setStyle("-fx-background-color: " + row.code().colour() + ";");
        name.setText(row.code().name());
        references.setText(row.references() == 0 ? "" : Integer.toString(row.references()));
        documents.setText(row.documents() == 0 ? "" : row.documents() + (row.documents() == 1 ? " doc" : " docs"));
        tooltip.setText(row.path() + "\n" + countSentence(row));
        setTooltip(tooltip);
        setGraphic(graphic);
    }

    /** "3 coded passages in 2 documents", for tooltips and the info line. */
    static String countSentence(CodeRow row) {
        if (row.references() == 0) {
            return "Not used yet.";
        }
        return row.references() + (row.references() == 1 ? " coded passage in " : " coded passages in ")
                + row.documents() + (row.documents() == 1 ? " document." : " documents.");
    }

    private void doubleClickCodes(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null
                && owner.textSelected()) {
            getTreeView().getSelectionModel().select(getTreeItem());
            owner.onCode().accept(getItem().code());
            e.consume(); // coding, not folding the code
        }
    }
}
