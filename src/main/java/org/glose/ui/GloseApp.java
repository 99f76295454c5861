package org.glose.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.glose.importer.DocumentReaders;
import org.glose.sample.Workspace;

/**
 * The window's composition root: builds the task runner, the project session and the main window, then opens
 * the last project (the sample project on a first launch) in the background. Started through
 * {@code org.glose.Launcher} (pitfalls §3).
 */
public final class GloseApp extends Application {

    private final ProjectOpener opener;
    private FxTaskRunner runner;
    private ProjectSession session;
    private MainWindow window;

    public GloseApp() {
        this(null);
    }

    /** For tests: projects come from {@code opener} instead of the workspace in {@code ~/.glose}. */
    GloseApp(ProjectOpener opener) {
        this.opener = opener;
    }

    @Override
    public void start(Stage stage) {
        Workspace workspace = Workspace.standard();
        useLanguage(new org.glose.ui.i18n.UiLanguage(workspace.home()).resolve());
        runner = new FxTaskRunner(3);
        session = new ProjectSession(runner, opener != null ? opener : ProjectOpener.standard(workspace));
        window = new MainWindow(stage, session, DocumentReaders.load(), workspace.home());
        runner.setErrorHandler(window.dialogs()::error);
        runner.setCancelledHandler(title -> session.announce(org.glose.ui.i18n.I18n.t("window.cancelled", title)));
        stage.show();
        if (Boolean.getBoolean("glose.reportFirstFrame")) {
            reportFirstFrame(stage);
        }
        String benchDocument = System.getProperty("glose.reportDocumentOpen");
        if (benchDocument != null) {
            DocumentOpenReport.start(window, session, stage.getScene(), benchDocument);
        }
        String tool = System.getProperty("glose.openTool");
        if (tool != null) {
            openToolOnceOpen(tool);
        }
        session.openStartupProject();
    }

    /**
     * The window's texts, and JavaFX's own (OK, Cancel, the text fields' menus), in the chosen language: JavaFX
     * reads the default locale. Numbers and dates keep the system's format.
     */
    private static void useLanguage(java.util.Locale language) {
        org.glose.ui.i18n.I18n.use(language);
        java.util.Locale format = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(org.glose.ui.i18n.I18n.locale());
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, format);
    }

    /**
     * For screenshots and demonstrations: {@code -Dglose.openTool=search:QUERY|cooccurrence|matrix|frequencies|
     * agreement} opens that tool on the start-up project (agreement compares every coder).
     */
    private void openToolOnceOpen(String tool) {
        String[] parts = tool.split(":", 2);
        session.projectProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.glose.core.project.OpenProject> o,
                                org.glose.core.project.OpenProject was, org.glose.core.project.OpenProject now) {
                if (now == null) {
                    return;
                }
                session.projectProperty().removeListener(this);
                ToolActions tools = window.toolActions();
                switch (parts[0]) {
                    case "search" -> tools.search(parts.length > 1 ? parts[1] : null);
                    case "cooccurrence" -> tools.cooccurrence();
                    case "matrix" -> tools.matrices();
                    case "frequencies" -> tools.frequencies();
                    case "agreement" -> tools.agreement(true);
                    default -> System.err.println("glose.openTool: unknown tool " + parts[0]);
                }
            }
        });
    }

    /**
     * For the start-up benchmark: prints {@code glose-first-frame} on stdout once a frame showing the opened
     * project has been laid out, so a parent process can time start-up to a usable window.
     */
    private void reportFirstFrame(Stage stage) {
        session.projectProperty().addListener((o, was, now) -> {
            if (now == null || stage.getScene() == null) {
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                System.out.println("glose-first-frame");
                System.out.flush();
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
        });
    }

    /** Finishes the changes under way, then closes the project (every change is already on disk). */
    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (session != null) {
            session.closeNow();
        }
    }

    MainWindow window() {
        return window;
    }

    ProjectSession session() {
        return session;
    }

    public static void main(String[] args) {
        launch(GloseApp.class, args);
    }
}
