package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (projects, import, REFI-QDA exchange), Edit (labelled undo and redo, search), Coding,
 * Analysis, Project (snapshots, history, review, merge, encryption), Help; every item does something real.
 */
final class MainMenu {

    /** What the menus do, grouped by the classes that do it. */
    record Actions(ProjectActions project, InterchangeActions interchange, ToolActions tools, SafetyActions safety,
                   CodingActions coding) {
    }

    private MainMenu() {
    }

    static MenuBar build(ProjectSession session, Actions actions, Dialogs dialogs, Runnable quit) {
        var noProject = session.projectProperty().isNull();
        var cannotChange = session.cannotChange(); // no project, or a read-only one
        ProjectActions project = actions.project();
        InterchangeActions interchange = actions.interchange();
        ToolActions tools = actions.tools();
        SafetyActions safety = actions.safety();
        CodingActions coding = actions.coding();

        MenuItem newProject = item(t("menu.file.newProject"), e -> project.newProject());
        MenuItem open = item(t("menu.file.open"), e -> project.openProject());
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem openReadOnly = item(t("menu.file.openReadOnly"), e -> project.openReadOnly());
        Menu recent = new Menu(t("menu.file.recent"));
        recent.setId("recent-menu");
        Runnable fillRecent = () -> {
            recent.getItems().setAll(session.recentProjects().stream().map(folder -> item(folder.getFileName()
                    + " — " + folder.getParent(), e -> session.open(folder))).toList());
            recent.setDisable(recent.getItems().isEmpty());
        };
        session.recentProjects().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c ->
                fillRecent.run());
        fillRecent.run();
        MenuItem openTeam = item(t("menu.file.openTeam"), e -> project.openTeamProject());
        MenuItem importDocuments = needsProject(item(t("menu.file.importDocuments"), e -> project.importDocuments()),
                cannotChange);
        importDocuments.setId("import-documents-item");
        MenuItem importCodebook = needsProject(item(t("menu.file.importCodebook"), e -> project.importCodebook()),
                cannotChange);
        importCodebook.setId("import-codebook-item");
        MenuItem importQdpx = item(t("menu.file.importQdpx"), e -> interchange.importQdpx());
        MenuItem exportQdpx = needsProject(item(t("menu.file.exportQdpx"), e -> interchange.exportQdpx()),
                noProject);
        MenuItem exportCodebook = needsProject(item(t("menu.file.exportCodebook"),
                e -> interchange.exportCodebook()), noProject);
        MenuItem exit = item(t("menu.file.quit"), e -> quit.run());
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(t("menu.file"), null, newProject, open, recent, openReadOnly, openTeam, new SeparatorMenuItem(), importDocuments,
                importCodebook, new SeparatorMenuItem(), importQdpx, exportQdpx, exportCodebook,
                new SeparatorMenuItem(), exit);

        MenuItem undo = item(t("menu.edit.undo"), e -> session.undo());
        undo.setId("undo-item");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        MenuItem redo = item(t("menu.edit.redo"), e -> session.redo());
        redo.setId("redo-item");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        Runnable labels = () -> {
            label(undo, t("menu.edit.undo"), l -> t("menu.edit.undoAction", l), session.nextUndo());
            label(redo, t("menu.edit.redo"), l -> t("menu.edit.redoAction", l), session.nextRedo());
            if (session.isReadOnly()) { // nothing to undo on a read-only project; Ctrl+Z does nothing
                undo.setDisable(true);
                redo.setDisable(true);
            }
        };
        session.readOnlyProperty().addListener((o, was, now) -> labels.run());
        session.revisionProperty().addListener((o, was, now) -> labels.run());
        session.lastActionProperty().addListener((o, was, now) -> labels.run());
        labels.run();
        MenuItem search = needsProject(item(t("menu.edit.search"), e -> tools.search()), noProject);
        search.setId("search-item");
        search.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        Menu edit = new Menu(t("menu.edit"), null, undo, redo, new SeparatorMenuItem(), search);

        MenuItem pick = item(t("menu.coding.pick"), e -> coding.pickCodeForSelection());
        pick.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        pick.setId("pick-code-item");
        pick.disableProperty().bind(cannotChange);
        MenuItem fromSelection = item(t("menu.coding.newFromSelection"), e -> coding.newCodeFromSelection());
        fromSelection.setId("new-code-from-selection-item");
        fromSelection.disableProperty().bind(cannotChange);
        MenuItem newCode = item(t("menu.coding.newCode"), e -> coding.newCode());
        newCode.setId("new-code-item");
        newCode.disableProperty().bind(cannotChange);
        MenuItem readOnlyNote = new MenuItem(t("readOnly.refused"));
        readOnlyNote.setId("coding-read-only-note");
        readOnlyNote.setDisable(true);
        readOnlyNote.visibleProperty().bind(session.readOnlyProperty());
        Menu codingMenu = new Menu(t("menu.coding"), null, readOnlyNote, pick, fromSelection, newCode);

        Menu analysis = new Menu(t("menu.analysis"), null,
                needsProject(item(t("menu.analysis.cooccurrence"), e -> tools.cooccurrence()), noProject),
                needsProject(item(t("menu.analysis.matrices"), e -> tools.matrices()), noProject),
                needsProject(item(t("menu.analysis.frequencies"), e -> tools.frequencies()), noProject),
                new SeparatorMenuItem(),
                needsProject(item(t("menu.analysis.agreement"), e -> tools.agreement()), noProject));

        Menu projectMenu = new Menu(t("menu.project"), null,
                needsProject(item(t("menu.project.snapshots"), e -> safety.snapshots()), noProject),
                needsProject(item(t("menu.project.history"), e -> safety.history()), noProject),
                new SeparatorMenuItem(),
                needsProject(item(t("menu.project.review"), e -> tools.review()), noProject),
                withId(needsProject(item(t("menu.project.merge"), e -> tools.merge()), cannotChange), "merge-item"),
                new SeparatorMenuItem(),
                withId(needsProject(item(t("menu.project.encrypt"), e -> safety.encrypt()), cannotChange),
                        "encrypt-item"),
                withId(needsProject(item(t("menu.project.decrypt"), e -> safety.decrypt()), cannotChange),
                        "decrypt-item"));

        MenuItem about = item(t("menu.help.about"), e -> dialogs.info("Glose " + version(),
                t("menu.help.aboutText")));
        Menu help = new Menu(t("menu.help"), null, about);

        file.setId("file-menu");
        edit.setId("edit-menu");
        codingMenu.setId("coding-menu");
        analysis.setId("analysis-menu");
        projectMenu.setId("project-menu");
        help.setId("help-menu");
        MenuBar bar = new MenuBar(file, edit, codingMenu, analysis, projectMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** @param unavailable no project (reading actions), or no project or a read-only one (editing actions) */
    private static MenuItem needsProject(MenuItem item, javafx.beans.value.ObservableBooleanValue unavailable) {
        item.disableProperty().bind(unavailable);
        return item;
    }

    private static MenuItem withId(MenuItem item, String id) {
        item.setId(id);
        return item;
    }

    /** "Undo" alone, or "Undo Code “Panoptique”" with the next action's label. */
    private static void label(MenuItem item, String verb, java.util.function.UnaryOperator<String> withAction,
                              Optional<String> next) {
        item.setText(next.map(withAction).orElse(verb));
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
        return v == null ? t("menu.help.developmentBuild") : v;
    }
}
