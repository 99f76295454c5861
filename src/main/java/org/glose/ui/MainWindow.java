package org.glose.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.glose.importer.DocumentReaders;

/**
 * The main window: the menu bar, one split pane (documents, the document, the codebook) and the status bar. It
 * wires the views to each other and to the project session: opening a project resets them, each committed
 * change reloads what it may have changed.
 */
final class MainWindow {

    private final Stage stage;
    private final ProjectSession session;
    private final Dialogs dialogs;
    private final DocumentListView documentList;
    private final DocumentView documentView;
    private final CodebookView codebookView;
    private final StatusBar statusBar;
    private final CodingActions codingActions;

    MainWindow(Stage stage, ProjectSession session, DocumentReaders readers, Path startFolder) {
        this.stage = stage;
        this.session = session;
        this.dialogs = new Dialogs(() -> stage);
        this.documentList = new DocumentListView(session);
        this.documentView = new DocumentView(session);
        this.codebookView = new CodebookView(session);
        this.statusBar = new StatusBar(session, dialogs);
        this.codingActions = new CodingActions(session, documentView, codebookView, dialogs);
        ProjectActions projectActions = new ProjectActions(session, dialogs, readers, startFolder);

        documentView.area().setContextMenu(new CodingMenu(documentView, codingActions).menu());
        codebookView.setOnCode(codingActions::codeSelection);
        codebookView.setOnDrop(codingActions::codePassage);
        codebookView.setOnNewCode(codingActions::newCode);
        codebookView.setCanCode(documentView.hasSelection());
        documentList.selectedProperty().addListener((o, was, now) -> documentView.show(now));
        session.projectProperty().addListener((o, was, now) -> {
            documentView.show(null);
            documentList.reset();
            codebookView.reload();
        });
        session.addChangeListener(label -> {
            documentList.reload();
            codebookView.reload();
            documentView.refreshCodings();
        });

        SplitPane split = new SplitPane(documentList.root(), documentView.root(), codebookView.root());
        split.setDividerPositions(0.19, 0.71);
        SplitPane.setResizableWithParent(documentList.root(), false);
        SplitPane.setResizableWithParent(codebookView.root(), false);
        BorderPane root = new BorderPane(split);
        root.setTop(MainMenu.build(session, projectActions, codingActions, dialogs, Platform::exit));
        root.setBottom(statusBar.root());
        root.getStyleClass().add("glose-window");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("glose.css")).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> session.project() == null ? "Glose"
                : session.project().name() + " — Glose", session.projectProperty()));
    }

    Dialogs dialogs() {
        return dialogs;
    }

    Stage stage() {
        return stage;
    }

    DocumentListView documentList() {
        return documentList;
    }

    DocumentView documentView() {
        return documentView;
    }

    CodebookView codebookView() {
        return codebookView;
    }

    CodingActions codingActions() {
        return codingActions;
    }
}
