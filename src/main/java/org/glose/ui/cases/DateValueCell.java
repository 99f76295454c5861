package org.glose.ui.cases;

import static org.glose.ui.i18n.I18n.t;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.glose.core.model.Attribute;

/**
 * A date attribute's cell: shows the ISO date, edits with a DatePicker (a day picked in its calendar, or typed as
 * yyyy-mm-dd or dd/mm/yyyy then Enter; an empty text clears). A typed text that is no date is refused with one
 * sentence and the cell stays in edition.
 */
final class DateValueCell extends TableCell<CaseRow, String> {

    private final Attribute attribute;
    private final Consumer<String> refuse;
    private final DatePicker picker = new DatePicker();
    private boolean starting;

    DateValueCell(Attribute attribute, Consumer<String> refuse) {
        this.attribute = attribute;
        this.refuse = refuse;
        picker.setPromptText(t("cases.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return TypeNames.date(text).orElse(null);
            }
        });
        picker.setOnAction(e -> {
            if (!starting && isEditing() && picker.getValue() != null) {
                commitEdit(picker.getValue().toString());
            }
        });
        // on the picker, not its editor: the picker's skin takes Enter before the editor sees it
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commitTyped();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
            }
        });
    }

    /** The editor, while the cell is edited (for tests and keyboard users). */
    DatePicker picker() {
        return picker;
    }

    private void commitTyped() {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            commitEdit("");
            return;
        }
        var date = TypeNames.date(text);
        if (date.isEmpty()) {
            refuse.accept(t("cases.date.bad", text.strip(), attribute.name()));
            return;
        }
        commitEdit(date.get().toString());
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        starting = true;
        try {
            picker.setValue(TypeNames.date(getItem()).orElse(null));
            picker.getEditor().setText(getItem() == null ? "" : getItem());
        } finally {
            starting = false;
        }
        setText(null);
        setGraphic(picker);
        picker.getEditor().requestFocus();
        picker.getEditor().selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setText(getItem());
        setGraphic(null);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing()) {
            setText(null);
            setGraphic(picker);
        } else {
            setText(item);
            setGraphic(null);
        }
    }
}
