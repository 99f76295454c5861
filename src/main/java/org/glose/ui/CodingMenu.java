package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.ui.retrieval.RetrievalPane;

/**
 * The document's context menu, rebuilt each time it opens: "Code with ▸" (the codebook as nested menus),
 * "New code from selection…", "Uncode ▸" for the codings under the caret or selection, and Copy.
 */
final class CodingMenu {

    private final DocumentView document;
    private final CodingActions actions;
    private final ContextMenu menu = new ContextMenu();

    CodingMenu(DocumentView document, CodingActions actions) {
        this.document = document;
        this.actions = actions;
        menu.setId("coding-menu");
        // rebuilt before RichTextFX shows it (a ContextMenu without items refuses to show, so not onShowing)
        document.area().addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> rebuild());
        rebuild();
    }

    ContextMenu menu() {
        return menu;
    }

    private void rebuild() {
        boolean readOnly = document.readOnly();
        boolean selected = document.selection().isPresent() && !readOnly; // what coding a passage needs
        Codebook codebook = document.codings().codebook();
        Menu codeWith = new Menu(t("coding.menu.codeWith"));
        codeWith.setId("code-with");
        addCodes(codeWith.getItems(), codebook, null);
        codeWith.setDisable(!selected || codebook.size() == 0);

        MenuItem newCode = new MenuItem(t("coding.menu.newFromSelection"));
        newCode.setOnAction(e -> actions.newCodeFromSelection());
        newCode.setDisable(!selected);
        MenuItem inVivo = new MenuItem(t("coding.menu.inVivo"));
        inVivo.setId("in-vivo");
        inVivo.setOnAction(e -> actions.inVivo());
        inVivo.setDisable(!selected);
        MenuItem several = new MenuItem(t("coding.menu.several"));
        several.setOnAction(e -> actions.codeWithSeveral());
        several.setDisable(!selected || codebook.size() == 0);
        List<MenuItem> chosen = chosenCoding(codebook);

        Menu uncode = new Menu(t("coding.menu.uncode"));
        uncode.setId("uncode");
        List<Coding> here = document.document() != null ? document.codingsHere() : List.of();
        for (Coding c : here) {
            DocumentCodings names = document.codings();
            MenuItem item = new MenuItem(t("coding.menu.codingBy", names.codeName(c.codeId()),
                    names.coderName(c.coderId())));
            item.setMnemonicParsing(false);
            codebook.byId(c.codeId()).ifPresent(code -> item.setGraphic(CodebookView.swatch(code.colour())));
            item.setOnAction(e -> actions.uncode(c));
            uncode.getItems().add(item);
        }
        uncode.setDisable(here.isEmpty() || readOnly);

        MenuItem editText = new MenuItem(t("coding.menu.editText"));
        editText.setId("edit-text");
        editText.setOnAction(e -> actions.editSelectedText());
        editText.setDisable(!selected);

        MenuItem copy = new MenuItem(t("coding.menu.copy"));
        copy.setOnAction(e -> document.area().copy());
        copy.setDisable(document.selection().isEmpty()); // copying changes nothing: a read-only project allows it

        menu.getItems().setAll(codeWith, several, inVivo, newCode, new SeparatorMenuItem());
        if (readOnly) {
            MenuItem note = new MenuItem(t("readOnly.refused"));
            note.setId("read-only-note");
            note.setDisable(true);
            menu.getItems().add(0, note);
            menu.getItems().add(1, new SeparatorMenuItem());
        }
        menu.getItems().addAll(chosen);
        menu.getItems().addAll(uncode, new SeparatorMenuItem(), copy, editText);
    }

    /** Recode, adjust and uncode for the coding selected by a click on its stripe. */
    private List<MenuItem> chosenCoding(Codebook codebook) {
        Coding c = document.selectedCoding();
        if (c == null) {
            return List.of();
        }
        String name = document.codings().codeName(c.codeId());
        MenuItem recode = new MenuItem(t("coding.menu.recode", name));
        recode.setId("recode");
        recode.setOnAction(e -> actions.recode(c));
        recode.setDisable(codebook.size() < 2);
        MenuItem adjust = new MenuItem(t("coding.menu.adjust", name));
        adjust.setOnAction(e -> document.adjustBounds());
        MenuItem remove = new MenuItem(t("coding.menu.uncodeChosen", name));
        remove.setOnAction(e -> actions.uncode(c));
        if (document.readOnly()) {
            recode.setDisable(true);
            adjust.setDisable(true);
            remove.setDisable(true);
        }
        List<MenuItem> items = List.of(recode, adjust, remove, new SeparatorMenuItem());
        items.forEach(i -> i.setMnemonicParsing(false));
        return items;
    }

    /** The codes under {@code parentId}; a code with subcodes opens a submenu whose first item is itself. */
    private void addCodes(List<MenuItem> into, Codebook codebook, Long parentId) {
        for (Code code : codebook.childrenOf(parentId)) {
            MenuItem self = new MenuItem(code.name());
            self.setMnemonicParsing(false);
            self.setGraphic(CodebookView.swatch(code.colour()));
            self.setOnAction(e -> actions.codeSelection(code));
            if (codebook.childrenOf(code.id()).isEmpty()) {
                into.add(self);
            } else {
                Menu sub = new Menu(code.name());
                sub.setMnemonicParsing(false);
                sub.setGraphic(CodebookView.swatch(code.colour()));
                sub.getItems().addAll(self, new SeparatorMenuItem());
                addCodes(sub.getItems(), codebook, code.id());
                into.add(sub);
            }
        }
    }

    /**
     * The window's Coding menu gets the workbench's actions with their keys (in vivo, several codes, last and
     * recent codes, annotate, retrieve), and a View menu gets find and zoom.
     */
    static void addToMenuBar(MenuBar bar, CodingActions actions, DocumentView document, RetrievalPane retrieval,
                             Runnable annotate, Runnable speakerTurns, ObservableBooleanValue noProject) {
        Menu coding = bar.getMenus().stream().filter(m -> "coding-menu".equals(m.getId())).findFirst().orElse(null);
        if (coding == null) {
            coding = new Menu(t("menu.coding"));
            bar.getMenus().add(Math.min(2, bar.getMenus().size()), coding);
        }
        Menu recent = new Menu(t("menu.coding.recent"));
        recent.setId("recent-codes-menu");
        for (int i = 0; i < CodingActions.RECENT; i++) {
            int index = i;
            MenuItem item = keyed("" + (i + 1), () -> actions.codeWithRecent(index),
                    new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN));
            recent.getItems().add(item);
        }
        Runnable names = () -> {
            for (int i = 0; i < CodingActions.RECENT; i++) {
                MenuItem item = recent.getItems().get(i);
                item.setText(i < actions.recent().size() ? (i + 1) + " " + actions.recent().get(i).name()
                        : t("menu.coding.recentUnused", i + 1));
                item.setDisable(i >= actions.recent().size());
            }
        };
        actions.recent().addListener((javafx.collections.ListChangeListener<Code>) c -> names.run());
        names.run();
        // editing items: disabled without a project and on a read-only one (their keys then do nothing either)
        ObservableBooleanValue cannotChange = actions.cannotChange();
        MenuItem retrieve = keyed(t("menu.coding.retrieve"), retrieval::addCode, new KeyCodeCombination(KeyCode.R,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        retrieve.setId("retrieve-item");
        retrieve.disableProperty().bind(Bindings.createBooleanBinding(noProject::get, noProject));
        List<MenuItem> editing = List.of(
                withId(keyed(t("menu.coding.inVivo"), actions::inVivo, new KeyCodeCombination(KeyCode.I,
                        KeyCombination.SHORTCUT_DOWN)), "in-vivo-item"),
                withId(keyed(t("menu.coding.several"), actions::codeWithSeveral, null), "several-codes-item"),
                withId(keyed(t("menu.coding.last"), () -> actions.codeWithRecent(0), new KeyCodeCombination(KeyCode.K,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)), "last-code-item"),
                recent,
                withId(keyed(t("menu.coding.annotate"), annotate, new KeyCodeCombination(KeyCode.M,
                        KeyCombination.SHORTCUT_DOWN)), "annotate-item"),
                withId(keyed(t("menu.coding.speakerTurns"), speakerTurns, null), "speaker-turns-item"));
        editing.forEach(i -> i.disableProperty().bind(cannotChange));
        coding.getItems().addAll(new SeparatorMenuItem(), editing.get(0), editing.get(1), editing.get(2), recent,
                new SeparatorMenuItem(), editing.get(4), retrieve, new SeparatorMenuItem(), editing.get(5));

        Menu view = new Menu(t("menu.view"), null,
                keyed(t("menu.view.find"), document::find, new KeyCodeCombination(KeyCode.F,
                        KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(),
                keyed(t("menu.view.zoomIn"), () -> document.zoom(1), new KeyCodeCombination(KeyCode.PLUS,
                        KeyCombination.SHORTCUT_DOWN)),
                keyed(t("menu.view.zoomOut"), () -> document.zoom(-1), new KeyCodeCombination(KeyCode.MINUS,
                        KeyCombination.SHORTCUT_DOWN)),
                keyed(t("menu.view.actualSize"), () -> document.zoom(0), new KeyCodeCombination(KeyCode.DIGIT0,
                        KeyCombination.SHORTCUT_DOWN)));
        view.setId("view-menu");
        bar.getMenus().add(bar.getMenus().indexOf(coding) + 1, view);
    }

    private static MenuItem withId(MenuItem item, String id) {
        item.setId(id);
        return item;
    }

    private static MenuItem keyed(String text, Runnable action, KeyCombination key) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        if (key != null) {
            item.setAccelerator(key);
        }
        return item;
    }
}
