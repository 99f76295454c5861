package org.glose.ui.document;

import static org.glose.ui.i18n.I18n.t;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Find in the document (Ctrl+F): words typed are looked for in the shown text, ignoring case; Enter goes to the
 * next match, Shift+Enter to the previous one, Esc closes the bar and leaves the match selected for coding.
 */
public final class FindBar {

    private final GenericStyledArea<?, ?, ?> area;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox root;

    public FindBar(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
        field.setId("find-field");
        field.setPromptText(t("document.find.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        Button previous = new Button("↑");
        previous.setTooltip(new javafx.scene.control.Tooltip(t("document.find.previous")));
        previous.setOnAction(e -> find(false));
        Button next = new Button("↓");
        next.setTooltip(new javafx.scene.control.Tooltip(t("document.find.next")));
        next.setOnAction(e -> find(true));
        Button close = new Button("✕");
        close.setTooltip(new javafx.scene.control.Tooltip(t("document.find.close")));
        close.setOnAction(e -> hide());
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        root = new HBox(6, new Label(t("document.find.label")), field, count, previous, next, close);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("find-bar");
        root.setVisible(false);
        root.setManaged(false);
        field.textProperty().addListener((o, was, now) -> {
            area.moveTo(area.getSelection().getStart());
            find(true);
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    public void show() {
        root.setVisible(true);
        root.setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.length() < 80 && !selected.contains("\n")) {
            field.setText(selected);
        }
        field.requestFocus();
        field.selectAll();
    }

    public void hide() {
        root.setVisible(false);
        root.setManaged(false);
        area.requestFocus();
    }

    /** Selects the next (or previous) match after (before) the selection, wrapping around the text. */
    public void find(boolean forward) {
        String needle = field.getText();
        if (needle == null || needle.isEmpty()) {
            count.setText("");
            return;
        }
        String text = area.getText();
        int from = area.getSelection().getStart();
        boolean onMatch = area.getSelection().getLength() == needle.length() && matchesAt(text, needle, from);
        int at = forward ? next(text, needle, onMatch ? from + 1 : from) : previous(text, needle, from - 1);
        if (at < 0) {
            at = forward ? next(text, needle, 0) : previous(text, needle, text.length() - needle.length());
        }
        if (at < 0) {
            count.setText(t("document.find.notFound"));
            return;
        }
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        int index = 0;
        int total = 0;
        for (int i = next(text, needle, 0); i >= 0; i = next(text, needle, i + 1)) {
            total++;
            if (i == at) {
                index = total;
            }
        }
        count.setText(t("document.find.count", index, total));
    }

    /** Case-blind search on the text itself, so that offsets are the text's (lower-casing may change lengths). */
    static int next(String text, String needle, int from) {
        for (int i = Math.max(0, from); i + needle.length() <= text.length(); i++) {
            if (matchesAt(text, needle, i)) {
                return i;
            }
        }
        return -1;
    }

    static int previous(String text, String needle, int from) {
        for (int i = Math.min(from, text.length() - needle.length()); i >= 0; i--) {
            if (matchesAt(text, needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(String text, String needle, int at) {
        return text.regionMatches(true, at, needle, 0, needle.length());
    }
}
