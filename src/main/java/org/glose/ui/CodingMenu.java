package org.glose.ui;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;

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
        boolean selected = document.selection().isPresent();
        Codebook codebook = document.codings().codebook();
        Menu codeWith = new Menu("Code with");
        codeWith.setId("code-with");
        addCodes(codeWith.getItems(), codebook, null);
        codeWith.setDisable(!selected || codebook.size() == 0);

        MenuItem newCode = new MenuItem("New code from selection…");
        newCode.setOnAction(e -> actions.newCodeFromSelection());
        newCode.setDisable(!selected);
        MenuItem inVivo = new MenuItem("Code in vivo (V)");
        inVivo.setId("in-vivo");
        inVivo.setOnAction(e -> actions.inVivo());
        inVivo.setDisable(!selected);
        MenuItem several = new MenuItem("Code with several codes…");
        several.setOnAction(e -> actions.codeWithSeveral());
        several.setDisable(!selected || codebook.size() == 0);
        List<MenuItem> chosen = chosenCoding(codebook);

        Menu uncode = new Menu("Uncode");
        uncode.setId("uncode");
        List<Coding> here = document.document() != null ? document.codingsHere() : List.of();
        for (Coding c : here) {
            DocumentCodings names = document.codings();
            MenuItem item = new MenuItem(names.codeName(c.codeId()) + " (" + names.coderName(c.coderId()) + ")");
            item.setMnemonicParsing(false);
            codebook.byId(c.codeId()).ifPresent(code -> item.setGraphic(CodebookView.swatch(code.colour())));
            item.setOnAction(e -> actions.uncode(c));
            uncode.getItems().add(item);
        }
        uncode.setDisable(here.isEmpty());

        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> document.area().copy());
        copy.setDisable(!selected);

        menu.getItems().setAll(codeWith, several, inVivo, newCode, new SeparatorMenuItem());
        menu.getItems().addAll(chosen);
        menu.getItems().addAll(uncode, new SeparatorMenuItem(), copy);
    }

    /** Recode, adjust and uncode for the coding selected by a click on its stripe. */
    private List<MenuItem> chosenCoding(Codebook codebook) {
        Coding c = document.selectedCoding();
        if (c == null) {
            return List.of();
        }
        String name = document.codings().codeName(c.codeId());
        MenuItem recode = new MenuItem("Recode “" + name + "” as… (R)");
        recode.setId("recode");
        recode.setOnAction(e -> actions.recode(c));
        recode.setDisable(codebook.size() < 2);
        MenuItem adjust = new MenuItem("Adjust bounds of “" + name + "” (E)");
        adjust.setOnAction(e -> document.adjustBounds());
        MenuItem remove = new MenuItem("Uncode “" + name + "” (Delete)");
        remove.setOnAction(e -> actions.uncode(c));
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
}
