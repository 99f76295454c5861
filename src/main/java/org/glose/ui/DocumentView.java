package org.glose.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.text.PageMap;
import org.glose.core.text.TextRange;

/**
 * The document being read and coded: a read-only RichTextFX area (text loaded once per document, off the FX
 * thread), its codings highlighted with one {@code setStyleSpans}, and a header with the document's name and, for
 * paged documents, the page of the caret.
 */
final class DocumentView {

    /** What opening a document reads from the project. */
    private record Loaded(String text, List<Integer> pageStarts, DocumentCodings codings) {
    }

    private final ProjectSession session;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Label title = new Label();
    private final Label page = new Label();
    private final Label placeholder = new Label();
    private final BorderPane root = new BorderPane();
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>();
    private DocumentCodings codings = DocumentCodings.NONE;
    private PageMap pageMap;
    private long requested;
    private long shown = -1;
    private long refreshes;

    DocumentView(ProjectSession session) {
        this.session = session;
        area.setId("document-area");
        area.getStyleClass().add("document-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.showCaretProperty().bind(document.map(d -> Caret.CaretVisibility.ON)
                .orElse(Caret.CaretVisibility.OFF));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.accessibleTextProperty().bind(title.textProperty());
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        area.setPlaceholder(placeholder, Pos.CENTER);
        area.caretPositionProperty().addListener((o, was, now) -> updatePage());
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::caretToPointer);
        new PassageDrag(this).install();

        title.getStyleClass().add("document-title");
        title.setMinWidth(0);
        page.getStyleClass().add("document-page");
        page.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, page);
        header.getStyleClass().add("pane-header");
        header.setAlignment(Pos.CENTER_LEFT);
        root.setTop(header);
        root.setCenter(new VirtualizedScrollPane<>(area));
        root.getStyleClass().add("document-view");
        clear("No document open.");
    }

    Node root() {
        return root;
    }

    InlineCssTextArea area() {
        return area;
    }

    ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    Document document() {
        return document.get();
    }

    /** True while text is selected in the shown document. */
    BooleanBinding hasSelection() {
        return Bindings.createBooleanBinding(() -> document.get() != null && area.getSelection().getLength() > 0,
                area.selectionProperty(), document);
    }

    /** The selected passage, if any, as the store's range (RichTextFX offsets are the store's UTF-16 offsets). */
    Optional<TextRange> selection() {
        IndexRange s = area.getSelection();
        return document.get() == null || s.getLength() == 0 ? Optional.empty()
                : Optional.of(new TextRange(s.getStart(), s.getEnd()));
    }

    /** Codings overlapping the selection, or under the caret when nothing is selected. */
    List<Coding> codingsHere() {
        IndexRange s = area.getSelection();
        return codings.at(s.getStart(), s.getEnd());
    }

    DocumentCodings codings() {
        return codings;
    }

    /** Shows a document (or nothing for null); reading its text and codings runs off the FX thread. */
    void show(Document d) {
        long ticket = ++requested;
        document.set(d);
        if (d == null) {
            clear(session.project() == null ? "No project open." : "Select a document in the list to read it.");
            return;
        }
        title.setText(d.name());
        page.setText("loading…");
        session.read(tx -> {
            String text = tx.documents().text(d.id());
            return new Loaded(text, tx.documents().pageStarts(d.id()), DocumentCodings.load(tx, d.id(), text.length()));
        }, loaded -> display(ticket, loaded));
    }

    private void display(long ticket, Loaded loaded) {
        if (ticket != requested) {
            return; // another document was asked for meanwhile
        }
        placeholder.setText(loaded.text().isEmpty() ? "This document has no text." : "");
        area.replaceText(loaded.text());
        area.moveTo(0);
        area.requestFollowCaret();
        List<Integer> starts = loaded.pageStarts();
        pageMap = starts == null || starts.isEmpty() ? null : PageMap.of(starts);
        shown = ticket;
        apply(loaded.codings());
        updatePage();
    }

    /** Reads the shown document's codings again (after a change) and restyles it. */
    void refreshCodings() {
        Document d = document.get();
        if (d == null || shown != requested) {
            return; // nothing shown, or a newer load brings fresh codings anyway
        }
        long ticket = requested;
        long refresh = ++refreshes;
        int length = area.getLength();
        session.read(tx -> DocumentCodings.load(tx, d.id(), length), fresh -> {
            if (ticket == requested && refresh == refreshes) {
                apply(fresh);
            }
        });
    }

    private void apply(DocumentCodings fresh) {
        codings = fresh;
        if (fresh.highlight() != null && fresh.highlight().length() == area.getLength()) {
            area.setStyleSpans(0, fresh.highlight());
        }
    }

    private void clear(String message) {
        shown = -1;
        codings = DocumentCodings.NONE;
        pageMap = null;
        title.setText("");
        page.setText("");
        placeholder.setText(message);
        area.clear();
    }

    private void updatePage() {
        if (document.get() == null || shown != requested) {
            return; // the header says "loading…" until the text is in place
        }
        page.setText(pageMap == null ? ""
                : "page " + pageMap.pageOf(area.getCaretPosition()) + " of " + pageMap.pageCount());
    }

    /** A right click without a selection puts the caret where the pointer is, so "Uncode" offers what is there. */
    private void caretToPointer(ContextMenuEvent e) {
        if (!e.isKeyboardTrigger() && area.getSelection().getLength() == 0 && area.getLength() > 0) {
            area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
        }
    }
}
