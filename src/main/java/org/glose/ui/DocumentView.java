package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

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
import org.glose.ui.document.BoundaryMode;
import org.glose.ui.document.FindBar;
import org.glose.ui.document.StripeMargin;

/**
 * The document being read and coded: a read-only RichTextFX area (text loaded once per document, off the FX
 * thread), its codings highlighted with one {@code setStyleSpans}, and a header with the document's name and, for
 * paged documents, the page of the caret.
 */
final class DocumentView {

    /** What opening a document reads from the project. */
    private record Loaded(String text, List<Integer> pageStarts, int[] paragraphStarts, DocumentCodings codings) {
    }


    private final ProjectSession session;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Label title = new Label();
    private final Label page = new Label();
    private final Label placeholder = new Label();
    private final BorderPane root = new BorderPane();
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Coding> selectedCoding = new ReadOnlyObjectWrapper<>();
    private final StripeMargin margin = new StripeMargin();
    private final PassageDrag drag = new PassageDrag(this);
    private final FindBar findBar = new FindBar(area);
    /** The text's size in percent (50 to 300); remembered with the project's layout. */
    private final javafx.beans.property.IntegerProperty zoom = new javafx.beans.property.SimpleIntegerProperty(100);
    private DocumentCodings codings = DocumentCodings.NONE;
    private int[] paragraphStarts = {0};
    /** Hash of the text shown, to notice when the stored text changed under it. */
    private int textHash;
    private final BoundaryMode bounds;
    private TextRange pendingReveal;
    private PageMap pageMap;
    private long requested;
    /** Passages a search or an analysis pointed to, marked over the highlights (see {@link HitMarks}). */
    private List<TextRange> marks = List.of();
    private long shown = -1;
    private long refreshes;

    DocumentView(ProjectSession session) {
        this.session = session;
        this.bounds = new BoundaryMode(area, session::announce); // takes the arrows first while active
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
        area.selectionProperty().addListener((o, was, now) -> forgetCodingIfMovedAway(now));
        margin.setOnSelect(this::selectCoding);
        margin.setOnEndDrag(bounds);
        margin.setLocked(session::isReadOnly); // a read-only project: stripes select, their ends do not move
        drag.install();

        title.getStyleClass().add("document-title");
        title.setMinWidth(0);
        page.getStyleClass().add("document-page");
        page.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, page);
        header.getStyleClass().add("pane-header");
        header.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new javafx.scene.layout.VBox(header, findBar.root()));
        root.setCenter(new VirtualizedScrollPane<>(area));
        root.getStyleClass().add("document-view");
        clear(t("document.noneOpen"));
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

    /** The coding chosen by a click on its stripe (its passage is selected too), or null. */
    ReadOnlyObjectProperty<Coding> selectedCodingProperty() {
        return selectedCoding.getReadOnlyProperty();
    }

    Coding selectedCoding() {
        return selectedCoding.get();
    }

    /** A code dropped on the selected text codes it with that code. */
    void acceptCodeDrops(PassageDrag.CodeDropped onDrop) {
        drag.acceptCodes(onDrop);
    }

    /** Opens the find bar (Ctrl+F). */
    void find() {
        if (document.get() != null) {
            findBar.show();
        }
    }

    /** Zooms the text in or out by {@code step} tenths, or back to 100 % with 0 (the interface keeps its size). */
    void zoom(int step) {
        setZoom(step == 0 ? 100 : zoom.get() + step * 10);
        session.announce(t("document.zoom", zoom.get()));
    }

    /** Sets the text's size, kept within 50 to 300 %. */
    void setZoom(int percent) {
        zoom.set(Math.max(50, Math.min(300, percent)));
        area.setStyle("-fx-font-size: " + zoom.get() + "%;");
    }

    int zoomPercent() {
        return zoom.get();
    }

    javafx.beans.value.ObservableIntegerValue zoomProperty() {
        return zoom;
    }

    void setBottom(Node bar) {
        root.setBottom(bar);
    }

    StripeMargin margin() {
        return margin;
    }

    void setOnResize(BoundaryMode.Resize handler) {
        bounds.setOnResize(handler);
    }

    /** True while the keyboard adjusts a coding's bounds (arrows, Tab, Enter, Esc). */
    boolean adjustingBounds() {
        return bounds.active();
    }

    /** Selects a coding: its stripe is marked and its passage selected, ready for Delete, R or E. */
    void selectCoding(Coding coding) {
        bounds.cancel();
        selectedCoding.set(coding);
        if (coding != null) {
            area.selectRange(coding.range().start(), coding.range().end());
            area.requestFocus();
        }
        redrawMargin();
    }

    /** True while the open project is read-only: nothing shown here can be changed. */
    boolean readOnly() {
        return session.isReadOnly();
    }

    /** Starts adjusting the selected coding's bounds with the keyboard (refused on a read-only project). */
    void adjustBounds() {
        Coding c = selectedCoding.get();
        if (c == null || session.refusedReadOnly()) {
            return;
        }
        bounds.start(c, codings.codeName(c.codeId()));
    }

    /** Selects a passage of the shown document and scrolls to it (now, or once the document is loaded). */
    void reveal(TextRange range) {
        if (document.get() != null && shown == requested && range.end() <= area.getLength()) {
            pendingReveal = null;
            selectCoding(null);
            area.selectRange(range.end(), range.start()); // the caret at the start: the view follows it there
            area.requestFollowCaret();
            javafx.application.Platform.runLater(() -> showFromParagraphBefore(range.start())); // after layout
            area.requestFocus();
        } else {
            pendingReveal = range;
        }
    }

    /** As {@link #reveal(TextRange)}, with {@code all} (every hit in this document) marked until another is shown. */
    void reveal(TextRange range, List<TextRange> all) {
        marks = List.copyOf(all);
        if (document.get() != null && shown == requested) {
            HitMarks.apply(area, marks);
        }
        reveal(range);
    }

    /** Scrolls so that the passage starting at {@code offset} shows from its paragraph on, with one above. */
    private void showFromParagraphBefore(int offset) {
        int paragraph = area.offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();
        area.showParagraphAtTop(Math.max(0, paragraph - 1));
    }

    /** Shows a document (or nothing for null); reading its text and codings runs off the FX thread. */
    void show(Document d) {
        long ticket = ++requested;
        marks = List.of();
        document.set(d);
        if (d == null) {
            clear(session.project() == null ? t("document.noProject") : t("document.selectOne"));
            return;
        }
        title.setText(d.name());
        page.setText(t("document.loading"));
        selectedCoding.set(null);
        bounds.forget();
        pendingReveal = null;
        session.read(tx -> {
            String text = tx.documents().text(d.id());
            return new Loaded(text, tx.documents().pageStarts(d.id()), StripeMargin.paragraphStarts(text),
                    DocumentCodings.load(tx, d.id(), text.length()));
        }, loaded -> display(ticket, loaded));
    }

    private void display(long ticket, Loaded loaded) {
        if (ticket != requested) {
            return; // another document was asked for meanwhile
        }
        placeholder.setText(loaded.text().isEmpty() ? t("document.noText") : "");
        area.replaceText(loaded.text());
        area.moveTo(0);
        area.requestFollowCaret();
        List<Integer> starts = loaded.pageStarts();
        pageMap = starts == null || starts.isEmpty() ? null : PageMap.of(starts);
        paragraphStarts = loaded.paragraphStarts();
        textHash = loaded.text().hashCode();
        shown = ticket;
        apply(loaded.codings());
        updatePage();
        if (pendingReveal != null) {
            reveal(pendingReveal);
        }
    }

    /** Reads the shown document's codings again (after a change) and restyles it. */
    void refreshCodings() {
        Document d = document.get();
        if (d == null || shown != requested) {
            return; // nothing shown, or a newer load brings fresh codings anyway
        }
        long ticket = requested;
        long refresh = ++refreshes;
        int shownHash = textHash;
        session.read(tx -> {
            // the text itself may have changed (an edit, or its undo): then the document is shown again
            String text = tx.documents().text(d.id());
            return text.hashCode() != shownHash ? null : DocumentCodings.load(tx, d.id(), text.length());
        }, fresh -> {
            if (ticket == requested && refresh == refreshes) {
                if (fresh == null) {
                    reloadText(d);
                } else {
                    apply(fresh);
                }
            }
        });
    }

    /** Shows the document again with its new text, keeping the caret's place as near as it can. */
    private void reloadText(Document d) {
        int caret = area.getCaretPosition();
        session.read(tx -> tx.documents().byId(d.id()).orElse(null), fresh -> {
            if (fresh != null && document.get() != null && document.get().id() == fresh.id()) {
                show(fresh);
                pendingReveal = new TextRange(Math.min(caret, fresh.length()), Math.min(caret, fresh.length()));
            }
        });
    }

    private void apply(DocumentCodings fresh) {
        codings = fresh;
        if (fresh.highlight() != null && fresh.highlight().length() == area.getLength()) {
            area.setStyleSpans(0, fresh.highlight());
        } else if (fresh.highlight() == null && area.getLength() > 0) {
            area.clearStyle(0, area.getLength());
        }
        HitMarks.apply(area, marks);
        Coding selected = selectedCoding.get();
        if (selected != null) {
            Coding now = fresh.byId(selected.id()).orElse(null);
            selectedCoding.set(now);
            if (now != null && !now.range().equals(selected.range())) {
                area.selectRange(now.range().start(), now.range().end());
            }
        }
        redrawMargin();
    }

    private void redrawMargin() {
        Coding selected = selectedCoding.get();
        area.setParagraphGraphicFactory(margin.show(codings.stripes(), codings.annotations(), paragraphStarts,
                area.getLength(), selected == null ? -1 : selected.id()));
    }

    private void forgetCodingIfMovedAway(IndexRange now) {
        Coding c = selectedCoding.get();
        if (c != null && !bounds.active()
                && (now.getStart() != c.range().start() || now.getEnd() != c.range().end())) {
            selectedCoding.set(null);
            redrawMargin();
        }
    }

    private void clear(String message) {
        shown = -1;
        codings = DocumentCodings.NONE;
        selectedCoding.set(null);
        bounds.forget();
        area.setParagraphGraphicFactory(null);
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
                : t("document.page", pageMap.pageOf(area.getCaretPosition()), pageMap.pageCount()));
    }

    /** A right click without a selection puts the caret where the pointer is, so "Uncode" offers what is there. */
    private void caretToPointer(ContextMenuEvent e) {
        if (!e.isKeyboardTrigger() && area.getSelection().getLength() == 0 && area.getLength() > 0) {
            area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
        }
    }
}
