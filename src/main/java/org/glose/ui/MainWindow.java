package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.glose.core.memo.WriteMemo;
import org.glose.core.model.Code;
import org.glose.core.model.Memo;
import org.glose.core.project.Command;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;
import org.glose.importer.DocumentReaders;
import org.glose.ui.cases.CasesView;
import org.glose.ui.codes.CodesView;
import org.glose.ui.codebook.CodebookEditing;
import org.glose.ui.document.QuickCodingBar;
import org.glose.ui.edit.WorkbenchSession;
import org.glose.ui.history.UndoHistoryWindow;
import org.glose.ui.i18n.UiLanguage;
import org.glose.ui.layout.LayoutMemory;
import org.glose.ui.memo.MemosView;
import org.glose.ui.queries.QueriesView;
import org.glose.ui.transcript.SpeakerTurnsDialog;
import org.glose.ui.retrieval.RetrievalPane;

/**
 * The main window: the menu bar, one split pane (the navigation tabs — documents, codes, cases, memos, queries —,
 * the document, the codebook) and the status bar. It
 * wires the views to each other and to the project session: opening a project resets them, each committed
 * change reloads what it may have changed.
 */
final class MainWindow {

    static final String DOCUMENTS_TAB = "nav-documents";
    static final String CODES_TAB = "nav-codes";
    static final String CASES_TAB = "nav-cases";
    static final String MEMOS_TAB = "nav-memos";
    static final String QUERIES_TAB = "nav-queries";

    private final Stage stage;
    private final ProjectSession session;
    private final Dialogs dialogs;
    private final DocumentListView documentList;
    private final DocumentView documentView;
    private final CodebookView codebookView;
    private final StatusBar statusBar;
    private final CodingActions codingActions;
    private final RetrievalPane retrieval;
    private final MemosView memos;
    private final CasesView cases;
    private final QueriesView queries;
    private final CodesView codes;
    private final TabPane navigation = new TabPane();
    private final ProjectActions projectActions;
    private final InterchangeActions interchangeActions;
    private final ToolActions toolActions;
    private final SafetyActions safetyActions;
    private final ToolWindows tools;
    private final UndoHistoryWindow undoHistory;
    private final LayoutMemory layout;
    private final PreferencesDialog preferences;

    /** {@code gloseHome}: Glose's own folder, with the preferences; new projects are proposed in its "projects". */
    MainWindow(Stage stage, ProjectSession session, DocumentReaders readers, Path gloseHome) {
        Path startFolder = gloseHome.resolve("projects");
        this.stage = stage;
        this.session = session;
        this.dialogs = new Dialogs(() -> stage);
        this.documentList = new DocumentListView(session);
        this.documentView = new DocumentView(session);
        this.codebookView = new CodebookView(session);
        this.statusBar = new StatusBar(session, dialogs);
        this.codingActions = new CodingActions(session, documentView, codebookView, dialogs);
        FileChoices files = new FileChoices(dialogs, startFolder);
        ToolWindows tools = new ToolWindows(stage, session);
        this.toolActions = new ToolActions(session, tools, this::reveal);
        this.safetyActions = new SafetyActions(session, tools, dialogs);
        this.interchangeActions = new InterchangeActions(session, dialogs, files);
        this.projectActions = new ProjectActions(session, dialogs, readers, files);
        this.tools = tools;
        this.preferences = new PreferencesDialog(new UiLanguage(gloseHome), dialogs);
        session.setOpenFailureHandler(new OpenProblems(session, dialogs));

        documentView.area().setContextMenu(new CodingMenu(documentView, codingActions).menu());
        documentView.area().addEventFilter(KeyEvent.KEY_PRESSED, codingActions::documentKey);
        QuickCodingBar<Code> quickBar = new QuickCodingBar<>(codingActions.recent(), Code::name, Code::colour,
                codingActions::codeWithRecent);
        quickBar.setReadOnly(session.readOnlyProperty());
        documentView.setBottom(quickBar.root());
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

        SplitPane centre = new SplitPane(documentView.root());
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        WorkbenchSession workbench = workbench(session);
        this.retrieval = new RetrievalPane(workbench, codebookView::codebook,
                book -> CodePicker.pick(stage, book, t("window.retrieve.pick"), t("window.retrieve.add")),
                p -> reveal(p.documentId(), p.range(), List.of(p.range())), () -> stage);
        retrieval.setOnVisible(visible -> {
            if (visible && !centre.getItems().contains(retrieval.root())) {
                centre.getItems().add(retrieval.root());
                centre.setDividerPositions(0.58);
            } else if (!visible) {
                centre.getItems().remove(retrieval.root());
            }
        });
        codebookView.setOnRetrieve(retrieval::retrieve);
        codebookView.setEditing(new CodebookEditing(workbench, () -> stage, codebookView::codebook,
                (book, title) -> CodePicker.pick(stage, book, title, t("window.pick.choose")), codebookView::codingsWithSubcodes));
        documentView.acceptCodeDrops(id -> codebookView.codebook().byId(id).ifPresent(codingActions::codeSelection));
        documentView.margin().setOnCodeDropped((coding, id) -> codebookView.codebook().byId(id)
                .ifPresent(code -> codingActions.recode(coding, code)));
        this.memos = new MemosView(workbench, () -> stage, documentView::document, this::openMemo);
        memos.setReadOnly(session.readOnlyProperty());
        this.cases = new CasesView(workbench, () -> stage, documentView::document);
        this.queries = new QueriesView(workbench, () -> stage, new QueriesView.Runner() {
            @Override
            public void search(String name) {
                toolActions.searchSaved(name);
            }

            @Override
            public void analysis(String title, org.glose.core.analysis.saved.AnalysisSettings settings) {
                toolActions.savedAnalysis(title, settings);
            }
        });
        Tab codesTab = tab(CODES_TAB, t("codesTab.tab"), null);
        this.codes = new CodesView(workbench, CodebookView::visible, codebookView.countsWithSubcodesSetting(),
                codesTab.selectedProperty(), new CodesView.Actions() {
                    @Override
                    public void retrieve(Code code) {
                        retrieval.retrieve(code);
                    }

                    @Override
                    public void memo(Code code) {
                        memoAbout(code);
                    }
                });
        codes.setReadOnly(session.readOnlyProperty());
        codesTab.setContent(codes.root());
        navigation.getTabs().setAll(tab(DOCUMENTS_TAB, t("window.tab.documents"), documentList.root()), codesTab,
                tab(CASES_TAB, t("window.tab.cases"), cases.root()),
                tab(MEMOS_TAB, t("window.tab.memos"), memos.root()),
                tab(QUERIES_TAB, t("window.tab.queries"), queries.root()));
        navigation.setId("navigation");
        documentView.margin().setOnNote(m -> showMemo(m.id()));
        codingActions.setOnAnnotate(this::annotateSelection);
        codebookView.setOnMemo(this::memoAbout);
        SplitPane split = new SplitPane(navigation, centre, codebookView.root());
        split.setDividerPositions(0.25, 0.71);
        SplitPane.setResizableWithParent(navigation, false);
        double[] narrow = {0.2};
        navigation.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            double left = split.getDividerPositions()[0];
            if (wide(now) && !wide(was) && left < 0.36) { // the attribute sheet and the code list need room
                narrow[0] = left;
                split.setDividerPosition(0, 0.38);
            } else if (wide(was) && !wide(now) && left >= 0.36) { // given back after
                split.setDividerPosition(0, narrow[0]);
            }
        });
        SplitPane.setResizableWithParent(codebookView.root(), false);
        this.layout = new LayoutMemory(split, navigation, documentView::zoomPercent, documentView::setZoom,
                documentView.zoomProperty());
        session.projectProperty().addListener((o, was, now) -> layout.switchTo(now == null ? null : folderOf(now)));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            layout.save();
            layout.flush();
        });
        BorderPane root = new BorderPane(split);
        MenuBar menuBar = MainMenu.build(session, new MainMenu.Actions(projectActions, interchangeActions,
                toolActions, safetyActions, codingActions), dialogs, Platform::exit);
        SpeakerTurnsDialog speakerTurns = new SpeakerTurnsDialog(workbench, () -> stage);
        CodingMenu.addToMenuBar(menuBar, codingActions, documentView, retrieval, this::annotateSelection,
                () -> speakerTurns.open(documentView.document()), session.projectProperty().isNull());
        this.undoHistory = new UndoHistoryWindow(workbench, this::undoSteps, this::stepTo, () -> stage);
        addToEditMenu(menuBar);
        root.setTop(menuBar);
        root.setBottom(statusBar.root());
        root.getStyleClass().add("glose-window");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("glose.css")).toExternalForm());
        FileDrop.install(scene, session, projectActions);
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> session.project() == null ? t("window.title")
                : session.isReadOnly() ? t("readOnly.title", t("window.title.project", session.project().name()))
                : t("window.title.project", session.project().name()), session.projectProperty(),
                session.readOnlyProperty()));
    }

    /**
     * Opens a document and selects a passage in it (search hits, retrieved passages, analysis drill-down);
     * {@code allRanges} are all the passages of interest in that document, marked in it.
     */
    void reveal(long documentId, TextRange range, List<TextRange> allRanges) {
        documentList.select(documentId);
        if (documentView.document() != null && documentView.document().id() == documentId) {
            documentView.reveal(range, allRanges);
            stage.toFront();
        }
    }

    ToolActions toolActions() {
        return toolActions;
    }

    SafetyActions safetyActions() {
        return safetyActions;
    }

    InterchangeActions interchangeActions() {
        return interchangeActions;
    }

    ProjectActions projectActions() {
        return projectActions;
    }

    ToolWindows tools() {
        return tools;
    }

    /** Edit → Undo history…, after Redo (the Edit menu itself is MainMenu's). */
    private void addToEditMenu(MenuBar bar) {
        bar.getMenus().stream().filter(m -> "edit-menu".equals(m.getId())).findFirst().ifPresent(edit -> {
            javafx.scene.control.MenuItem history = new javafx.scene.control.MenuItem(t("window.undoHistory"));
            history.setId("undo-history-item");
            history.setOnAction(e -> undoHistory.show());
            history.disableProperty().bind(session.projectProperty().isNull());
            int redo = edit.getItems().stream().map(javafx.scene.control.MenuItem::getId).toList()
                    .indexOf("redo-item");
            edit.getItems().add(redo + 1, history);
            javafx.scene.control.MenuItem prefs = new javafx.scene.control.MenuItem(t("preferences.menu"));
            prefs.setId("preferences-item");
            prefs.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.COMMA,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
            prefs.setOnAction(e -> preferences.open());
            edit.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), prefs);
        });
    }

    private org.glose.core.project.UndoManager.Steps undoSteps() {
        var project = session.project();
        return project == null ? new org.glose.core.project.UndoManager.Steps(List.of(), 0)
                : project.history().steps();
    }

    /** Undoes or redoes, on the editing thread, until {@code position} actions of the session are done. */
    private void stepTo(int position) {
        session.edit(t("window.history.goingBack"), (p, progress, cancel) -> {
            int moved = 0;
            for (int now = p.history().steps().position(); now > position && p.undo().isPresent(); now--) {
                moved--;
            }
            for (int now = p.history().steps().position(); now < position && p.redo().isPresent(); now++) {
                moved++;
            }
            return moved;
        }, moved -> session.announce(moved == 0 ? t("window.history.nothing")
                : moved == -1 ? t("window.history.undoneOne") : moved < 0 ? t("window.history.undone", -moved)
                : moved == 1 ? t("window.history.redoneOne") : t("window.history.redone", moved)));
    }

    /**
     * Where a project's layout is kept; null (not kept) for a project opened read-only, to which nothing may be
     * written, or when its folder cannot be had.
     */
    private static Path folderOf(org.glose.core.project.OpenProject project) {
        try {
            return project.isReadOnly() ? null : project.location();
        } catch (RuntimeException e) {
            return null;
        }
    }

    LayoutMemory layout() {
        return layout;
    }

    UndoHistoryWindow undoHistory() {
        return undoHistory;
    }

    /** An annotation on the selected passage, written in a dialog and listed with the memos. */
    private void annotateSelection() {
        var range = documentView.selection();
        var document = documentView.document();
        if (range.isEmpty() || document == null) {
            session.announce(t("window.annotate.selectFirst"));
            return;
        }
        String words = CodingActions.suggestedName(documentView.area().getSelectedText());
        showTab(MEMOS_TAB);
        memos.write(null, t("window.annotate.about", words, document.name()),
                (t, x, a) -> WriteMemo.onPassage(document.id(), range.get(), t, x, a));
    }

    /** A memo about a code, written in a dialog and listed with the memos. */
    private void memoAbout(Code code) {
        showTab(MEMOS_TAB);
        memos.write(null, t("window.memo.aboutCode", code.name()),
                (t, x, a) -> WriteMemo.aboutCode(code.id(), t, x, a));
    }

    private void showMemo(long memoId) {
        showTab(MEMOS_TAB);
        memos.select(memoId);
    }

    /** Opens what a memo is about: its passage, its coding's passage, or its document. */
    private void openMemo(Memo m) {
        if (m.documentId() != null && m.passage() != null) {
            reveal(m.documentId(), m.passage(), List.of(m.passage()));
        } else if (m.documentId() != null) {
            documentList.select(m.documentId());
        } else if (m.codingId() != null) {
            session.read(tx -> tx.codings().byId(m.codingId()), coding -> coding.ifPresent(c ->
                    reveal(c.documentId(), c.range(), List.of(c.range()))));
        }
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId(id);
        return tab;
    }

    /** Shows a tab of the left navigation, found by its id (tabs move when one is added). */
    private void showTab(String id) {
        navigation.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> navigation.getSelectionModel().select(tab));
    }

    /** The tabs that widen the left pane while shown: the attribute sheet and the code list have columns. */
    private static boolean wide(Tab tab) {
        return tab != null && (CASES_TAB.equals(tab.getId()) || CODES_TAB.equals(tab.getId()));
    }

    MemosView memos() {
        return memos;
    }

    CasesView cases() {
        return cases;
    }

    QueriesView queries() {
        return queries;
    }

    CodesView codes() {
        return codes;
    }

    TabPane navigation() {
        return navigation;
    }

    RetrievalPane retrieval() {
        return retrieval;
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

    /** The session as the workbench's panes see it (they live in sub-packages and cannot see the session). */
    private static WorkbenchSession workbench(ProjectSession session) {
        return new WorkbenchSession() {
            @Override
            public boolean hasProject() {
                return session.project() != null;
            }

            @Override
            public <T> void execute(Command<T> command, Consumer<? super T> onDone) {
                session.execute(command, onDone);
            }

            @Override
            public <T> void read(Function<Tx, T> query, Consumer<? super T> onResult) {
                session.read(query, onResult);
            }

            @Override
            public <T> void runLong(String title, Work<T> work, Consumer<? super T> onResult) {
                session.runLong(title, work::run, onResult);
            }

            @Override
            public void announce(String sentence) {
                session.announce(sentence);
            }

            @Override
            public void onChange(Consumer<String> listener) {
                session.addChangeListener(listener);
            }

            @Override
            public void onProjectSwitch(Runnable listener) {
                session.projectProperty().addListener((o, was, now) -> listener.run());
            }

            @Override
            public String coder() {
                return session.coder();
            }
        };
    }
}
