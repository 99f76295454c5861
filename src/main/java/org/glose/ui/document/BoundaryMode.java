package org.glose.ui.document;

import static org.glose.ui.i18n.I18n.t;

import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;
import org.glose.core.model.Coding;
import org.glose.core.text.TextRange;

/**
 * Adjusting a coding's bounds (guide ui.md §2). By keyboard: while active it takes the arrows, Tab, Enter and Esc
 * from the text area, previews the bounds as the selection, and hands the new range over once, on Enter. By mouse:
 * an end of a stripe dragged into the text follows the pointer and the new range is handed over on release. The
 * rules for moving the ends are {@link BoundaryEdit}'s.
 */
public final class BoundaryMode implements StripeMargin.EndDrag {

    /** What Enter does with the adjusted bounds. */
    @FunctionalInterface
    public interface Resize {
        void resize(Coding coding, TextRange newRange);
    }

    private final GenericStyledArea<?, ?, ?> area;
    private final Consumer<String> announce;
    private Resize onResize = (c, r) -> { };
    private BoundaryEdit edit;

    public BoundaryMode(GenericStyledArea<?, ?, ?> area, Consumer<String> announce) {
        this.area = area;
        this.announce = announce;
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    public void setOnResize(Resize onResize) {
        this.onResize = onResize;
    }

    public boolean active() {
        return edit != null;
    }

    public void start(Coding coding, String codeName) {
        edit = new BoundaryEdit(coding, area.getText());
        announce.accept(t("document.bounds.adjusting", codeName));
        area.requestFocus();
    }

    /** A stripe's start or end grabbed with the mouse: the bounds follow {@link #dragTo} until {@link #drop}. */
    @Override
    public void grab(Coding coding, boolean end, String codeName) {
        edit = new BoundaryEdit(coding, area.getText());
        edit.activate(end);
        announce.accept(end ? t("document.bounds.dragEnd", codeName) : t("document.bounds.dragStart", codeName));
    }

    /** The grabbed end follows the pointer, at the text position under it (scene coordinates). */
    @Override
    public void dragTo(double sceneX, double sceneY) {
        if (edit == null) {
            return;
        }
        javafx.geometry.Point2D local = area.sceneToLocal(sceneX, sceneY);
        edit.moveTo(area.hit(local.getX(), local.getY()).getInsertionIndex());
        TextRange r = edit.range();
        area.selectRange(r.start(), r.end());
    }

    /** The mouse is released: the new bounds are saved as one action, or nothing happens when they are the same. */
    @Override
    public void drop() {
        if (edit == null) {
            return;
        }
        if (edit.changed()) {
            BoundaryEdit done = edit;
            edit = null;
            onResize.resize(done.coding(), done.range());
        } else {
            cancel();
            announce.accept(t("document.bounds.unchanged"));
        }
    }

    /** Leaves the mode, putting the coding's own bounds back as the selection. */
    public void cancel() {
        if (edit != null) {
            Coding c = edit.coding();
            edit = null;
            area.selectRange(c.range().start(), c.range().end());
        }
    }

    /** Leaves the mode without touching the selection (another document is shown). */
    public void forget() {
        edit = null;
    }

    private void keys(KeyEvent e) {
        if (edit == null) {
            return;
        }
        switch (e.getCode()) {
            case LEFT, RIGHT -> {
                int direction = e.getCode() == KeyCode.RIGHT ? 1 : -1;
                if (e.isShortcutDown()) {
                    edit.moveWord(direction);
                } else {
                    edit.move(direction);
                }
                TextRange r = edit.range();
                area.selectRange(r.start(), r.end());
                area.requestFollowCaret();
            }
            case TAB -> {
                edit.switchEnd();
                announce.accept(edit.endActive() ? t("document.bounds.movingEnd") : t("document.bounds.movingStart"));
            }
            case ENTER -> {
                BoundaryEdit done = edit;
                edit = null;
                if (done.changed()) {
                    onResize.resize(done.coding(), done.range());
                } else {
                    announce.accept(t("document.bounds.unchanged"));
                }
            }
            case ESCAPE -> {
                cancel();
                announce.accept(t("document.bounds.unchangedShort"));
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
