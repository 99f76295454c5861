package org.glose.ui;

import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit (labelled undo and redo), Coding, Help; every item does something real. */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar build(ProjectSession session, ProjectActions project, CodingActions coding, Dialogs dialogs,
                         Runnable quit) {
        var noProject = session.projectProperty().isNull();

        MenuItem newProject = item("New project…", e -> project.newProject());
        MenuItem open = item("Open project…", e -> project.openProject());
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem importDocuments = item("Import documents…", e -> project.importDocuments());
        importDocuments.disableProperty().bind(noProject);
        MenuItem importCodebook = item("Import codebook…", e -> project.importCodebook());
        importCodebook.disableProperty().bind(noProject);
        MenuItem exit = item("Quit", e -> quit.run());
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("File", null, newProject, open, new SeparatorMenuItem(), importDocuments,
                importCodebook, new SeparatorMenuItem(), exit);

        MenuItem undo = item("Undo", e -> session.undo());
        undo.setId("undo-item");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        MenuItem redo = item("Redo", e -> session.redo());
        redo.setId("redo-item");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        Runnable labels = () -> {
            label(undo, "Undo", session.nextUndo());
            label(redo, "Redo", session.nextRedo());
        };
        session.revisionProperty().addListener((o, was, now) -> labels.run());
        session.lastActionProperty().addListener((o, was, now) -> labels.run());
        labels.run();
        Menu edit = new Menu("Edit", null, undo, redo);

        MenuItem pick = item("Code selection with…", e -> coding.pickCodeForSelection());
        pick.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        pick.disableProperty().bind(noProject);
        MenuItem fromSelection = item("New code from selection…", e -> coding.newCodeFromSelection());
        fromSelection.disableProperty().bind(noProject);
        MenuItem newCode = item("New code…", e -> coding.newCode());
        newCode.disableProperty().bind(noProject);
        Menu codingMenu = new Menu("Coding", null, pick, fromSelection, newCode);

        MenuItem about = item("About Glose", e -> dialogs.info("Glose " + version(),
                "Open-source qualitative data analysis: import documents, code passages, analyse and exchange "
                        + "projects with other QDA tools.\nLicensed under the Apache License 2.0."));
        Menu help = new Menu("Help", null, about);

        MenuBar bar = new MenuBar(file, edit, codingMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static void label(MenuItem item, String verb, Optional<String> next) {
        item.setText(next.map(l -> verb + " " + l).orElse(verb));
        item.setDisable(next.isEmpty());
    }

    private static MenuItem item(String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(action);
        return item;
    }

    private static String version() {
        String v = MainMenu.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
