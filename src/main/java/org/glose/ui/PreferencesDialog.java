package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.glose.ui.i18n.I18n;
import org.glose.ui.i18n.UiLanguage;

/**
 * Edit ▸ Preferences: the window's language (the system's, English or French). The menus and dialogs are built
 * once, so a new language shows from the next start; the dialog says so rather than leaving half a window
 * translated.
 */
final class PreferencesDialog {

    private final UiLanguage language;
    private final Dialogs dialogs;

    PreferencesDialog(UiLanguage language, Dialogs dialogs) {
        this.language = language;
        this.dialogs = dialogs;
    }

    void open() {
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.setId("language-choice");
        choice.getItems().setAll(List.of(UiLanguage.SYSTEM, "en", "fr"));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                if (value == null) {
                    return "";
                }
                if (value.equals(UiLanguage.SYSTEM)) {
                    return t("preferences.language.system", name(UiLanguage.supported(Locale.getDefault())));
                }
                return name(Locale.forLanguageTag(value));
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        String before = language.chosen().orElse(UiLanguage.SYSTEM);
        choice.setValue(before);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        Label label = new Label(t("preferences.language"));
        label.setLabelFor(choice);
        grid.addRow(0, label, choice);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(dialogs.owner());
        dialog.setTitle(t("preferences.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> save(before, choice.getValue()));
    }

    private void save(String before, String after) {
        if (after == null || after.equals(before)) {
            return;
        }
        try {
            language.choose(after);
        } catch (IOException e) {
            dialogs.info(null, t("preferences.notSaved", e.getMessage()));
            return;
        }
        Locale next = after.equals(UiLanguage.SYSTEM) ? UiLanguage.supported(Locale.getDefault())
                : Locale.forLanguageTag(after);
        if (!next.getLanguage().equals(I18n.locale().getLanguage())) {
            dialogs.info(null, t("preferences.nextStart", next.getDisplayLanguage(I18n.locale())));
        }
    }

    /** A language's name in that language, as language lists show them ("English", "Français"). */
    static String name(Locale locale) {
        String n = locale.getDisplayLanguage(locale);
        return n.isEmpty() ? locale.getLanguage() : n.substring(0, 1).toUpperCase(locale) + n.substring(1);
    }
}
