package org.glose.ui;

import java.util.Optional;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.glose.core.text.TextRange;
import org.glose.ui.document.CodeDrag;
import org.glose.ui.document.StripeMargin;

/**
 * Dragging the selected passage out of the document (onto a code, which codes it). RichTextFX only drags a
 * selection in editable areas, and then to move text; here a press inside the selection keeps it, a drag starts
 * a JavaFX drag-and-drop carrying the passage, and a plain click moves the caret as usual.
 */
final class PassageDrag {

    /** A passage of a document, as carried by a drag. */
    record Passage(long documentId, TextRange range) {

        String encode() {
            return documentId + ":" + range.start() + ":" + range.end();
        }

        static Optional<Passage> decode(Object content) {
            if (!(content instanceof String s)) {
                return Optional.empty();
            }
            String[] parts = s.split(":");
            try {
                return parts.length != 3 ? Optional.empty() : Optional.of(new Passage(Long.parseLong(parts[0]),
                        new TextRange(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    static final DataFormat PASSAGE = dataFormat("application/x-glose-passage");

    /** What a code dropped on the selected text does (codes the selection with it). */
    interface CodeDropped {
        void codeSelection(long codeId);
    }

    private final DocumentView view;
    private final InlineCssTextArea area;
    private boolean pressedInSelection;
    private boolean dragging;

    PassageDrag(DocumentView view) {
        this.view = view;
        this.area = view.area();
    }

    /** The passage a drag carries, if this dragboard comes from a document. */
    static Optional<Passage> passage(Dragboard board) {
        return board.hasContent(PASSAGE) ? Passage.decode(board.getContent(PASSAGE)) : Optional.empty();
    }

    /**
     * A code dragged from the codebook onto the text codes the selected passage (ATLAS.ti's way); a read-only
     * project takes no drop.
     */
    void acceptCodes(CodeDropped onDrop) {
        area.setOnDragOver(e -> {
            if (CodeDrag.codeId(e.getDragboard()).isPresent() && view.selection().isPresent() && !view.readOnly()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        area.setOnDragDropped(e -> {
            var code = CodeDrag.codeId(e.getDragboard());
            boolean done = code.isPresent() && view.selection().isPresent() && !view.readOnly();
            if (done) {
                onDrop.codeSelection(code.getAsLong());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    void install() {
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressedInSelection = e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1
                    && !e.isShiftDown() && !StripeMargin.inMargin(e.getTarget()) && insideSelection(e);
            if (pressedInSelection) {
                area.requestFocus();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedInSelection) {
                startDrag();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedInSelection) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedInSelection && !dragging) {
                area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex()); // a click: drop the selection
                e.consume();
            }
            pressedInSelection = false;
        });
        area.setOnDragDone(e -> {
            dragging = false;
            pressedInSelection = false;
        });
    }

    private boolean insideSelection(MouseEvent e) {
        var selection = area.getSelection();
        if (selection.getLength() == 0 || view.document() == null) {
            return false;
        }
        var index = area.hit(e.getX(), e.getY()).getCharacterIndex();
        return index.isPresent() && index.getAsInt() >= selection.getStart() && index.getAsInt() < selection.getEnd();
    }

    private void startDrag() {
        Optional<TextRange> range = view.selection();
        if (range.isEmpty()) {
            return;
        }
        dragging = true;
        Dragboard board = area.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(PASSAGE, new Passage(view.document().id(), range.get()).encode());
        content.putString(area.getSelectedText());
        board.setContent(content);
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
