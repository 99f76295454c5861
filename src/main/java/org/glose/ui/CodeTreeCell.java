package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.glose.ui.CodebookView.CodeRow;
import org.glose.ui.document.CodeDrag;

/**
 * A code in the tree: colour swatch, name, passages and documents coded. A double click codes the selected text
 * with it (without text selected, it folds the code as usual); a passage dragged from the document can be
 * dropped on it. A code can be dragged onto another (to move it there), onto the text (to code the selected
 * passage) or onto a coding's stripe (to recode it).
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
        setOnDragDetected(e -> {
            if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                Dragboard board = startDragAndDrop(TransferMode.COPY_OR_MOVE);
                board.setContent(CodeDrag.content(getItem().code().id(), getItem().code().name()));
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (accepts(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(e -> {
            var passage = PassageDrag.passage(e.getDragboard());
            var code = CodeDrag.codeId(e.getDragboard());
            boolean done = accepts(e.getDragboard());
            if (done && passage.isPresent()) {
                getTreeView().getSelectionModel().select(getTreeItem());
                owner.onDrop().accept(passage.get(), getItem().code());
            } else if (done && code.isPresent() && owner.editing() != null) {
                owner.codebook().byId(code.getAsLong()).ifPresent(dragged -> owner.editing().move(dragged,
                        getItem() == null ? null : getItem().code()));
            }
            pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * A passage can be dropped on a code (codes it); a code on another code that is not inside it (moves it
     * there), or below the codes (moves it to the top level).
     */
    private boolean accepts(Dragboard board) {
        if (owner.readOnly()) {
            return false; // a read-only project: nothing is coded or moved by a drop
        }
        if (PassageDrag.passage(board).isPresent()) {
            return getItem() != null;
        }
        var code = CodeDrag.codeId(board);
        if (code.isEmpty()) {
            return false;
        }
        return getItem() == null || !owner.codebook().isSelfOrDescendant(getItem().code().id(), code.getAsLong());
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
        boolean all = owner.countsWithSubcodes();
        int refs = row.shownReferences(all);
        int docs = row.shownDocuments(all);
        references.setText(refs == 0 ? "" : Integer.toString(refs));
        documents.setText(docs == 0 ? "" : docs == 1 ? t("codebook.count.doc", docs) : t("codebook.count.docs", docs));
        tooltip.setText(row.path() + "\n" + countSentence(row, all));
        setTooltip(tooltip);
        setGraphic(graphic);
    }

    /** "3 coded passages in 2 documents", for tooltips and the info line. */
    static String countSentence(CodeRow row, boolean withSubcodes) {
        int refs = row.shownReferences(withSubcodes);
        int docs = row.shownDocuments(withSubcodes);
        if (refs == 0) {
            return withSubcodes ? t("codebook.count.unusedWithSubcodes") : t("codebook.count.unused");
        }
        String passages = refs == 1 ? t("codebook.count.passage", refs) : t("codebook.count.passages", refs);
        String inDocuments = docs == 1 ? t("codebook.count.document", docs) : t("codebook.count.documents", docs);
        return withSubcodes && refs != row.references() ? t("codebook.count.withSubcodes", passages, inDocuments)
                : t("codebook.count.sentence", passages, inDocuments);
    }

    private void doubleClickCodes(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null
                && owner.textSelected() && !owner.readOnly()) {
            getTreeView().getSelectionModel().select(getTreeItem());
            owner.onCode().accept(getItem().code());
            e.consume(); // coding, not folding the code
        }
    }
}
