package org.glose.ui;

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
        ProjectActions project = actions.project();
        InterchangeActions interchange = actions.interchange();
        ToolActions tools = actions.tools();
        SafetyActions safety = actions.safety();
        CodingActions coding = actions.coding();

        MenuItem newProject = item("New project…", e -> project.newProject());
        MenuItem open = item("Open project…", e -> project.openProject());
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem openReadOnly = item("Open read-only…", e -> project.openReadOnly());
        Menu recent = new Menu("Open recent");
        recent.setId("recent-menu");
        Runnable fillRecent = () -> {
            recent.getItems().setAll(session.recentProjects().stream().map(folder -> item(folder.getFileName()
                    + " — " + folder.getParent(), e -> session.open(folder))).toList());
            recent.setDisable(recent.getItems().isEmpty());
        };
        session.recentProjects().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c ->
                fillRecent.run());
        fillRecent.run();
        MenuItem openTeam = item("Open a team project (PostgreSQL URL)…", e -> project.openTeamProject());
        MenuItem importDocuments = needsProject(item("Import documents…", e -> project.importDocuments()), noProject);
        MenuItem importCodebook = needsProject(item("Import codebook…", e -> project.importCodebook()), noProject);
        MenuItem importQdpx = item("Import REFI-QDA project (QDPX) as a new project…", e -> interchange.importQdpx());
        MenuItem exportQdpx = needsProject(item("Export REFI-QDA project (QDPX)…", e -> interchange.exportQdpx()),
                noProject);
        MenuItem exportCodebook = needsProject(item("Export codebook (QDC, CSV, Markdown)…",
                e -> interchange.exportCodebook()), noProject);
        MenuItem exit = item("Quit", e -> quit.run());
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("File", null, newProject, open, recent, openReadOnly, openTeam, new SeparatorMenuItem(), importDocuments,
                importCodebook, new SeparatorMenuItem(), importQdpx, exportQdpx, exportCodebook,
                new SeparatorMenuItem(), exit);

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
        MenuItem search = needsProject(item("Search…", e -> tools.search()), noProject);
        search.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), search);

        MenuItem pick = item("Code selection with…", e -> coding.pickCodeForSelection());
        pick.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        pick.disableProperty().bind(noProject);
        MenuItem fromSelection = item("New code from selection…", e -> coding.newCodeFromSelection());
        fromSelection.disableProperty().bind(noProject);
        MenuItem newCode = item("New code…", e -> coding.newCode());
        newCode.disableProperty().bind(noProject);
        Menu codingMenu = new Menu("Coding", null, pick, fromSelection, newCode);

        Menu analysis = new Menu("Analysis", null,
                needsProject(item("Co-occurrence…", e -> tools.cooccurrence()), noProject),
                needsProject(item("Matrices…", e -> tools.matrices()), noProject),
                needsProject(item("Frequencies and charts…", e -> tools.frequencies()), noProject),
                new SeparatorMenuItem(),
                needsProject(item("Inter-coder agreement…", e -> tools.agreement()), noProject));

        Menu projectMenu = new Menu("Project", null,
                needsProject(item("Snapshots…", e -> safety.snapshots()), noProject),
                needsProject(item("History…", e -> safety.history()), noProject),
                new SeparatorMenuItem(),
                needsProject(item("Review…", e -> tools.review()), noProject),
                needsProject(item("Merge project…", e -> tools.merge()), noProject),
                new SeparatorMenuItem(),
                needsProject(item("Encrypt…", e -> safety.encrypt()), noProject),
                needsProject(item("Decrypt…", e -> safety.decrypt()), noProject));

        MenuItem about = item("About Glose", e -> dialogs.info("Glose " + version(),
                "Open-source qualitative data analysis: import documents, code passages, analyse and exchange "
                        + "projects with other QDA tools.\nLicensed under the Apache License 2.0."));
        Menu help = new Menu("Help", null, about);

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

    private static MenuItem needsProject(MenuItem item, javafx.beans.value.ObservableBooleanValue noProject) {
        item.disableProperty().bind(noProject);
        return item;
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
