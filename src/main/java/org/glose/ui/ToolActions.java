package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.glose.core.analysis.data.Passage;
import org.glose.core.analysis.saved.AnalysisSettings;
import org.glose.core.analysis.saved.AnalysisSettingsText;
import org.glose.core.project.OpenProject;
import org.glose.core.search.SearchIndex;
import org.glose.ui.agreement.AgreementView;
import org.glose.ui.analysis.CoOccurrencePane;
import org.glose.ui.analysis.FrequencyPane;
import org.glose.ui.analysis.MatrixPane;
import org.glose.ui.merge.MergePane;
import org.glose.ui.review.ReviewPane;
import org.glose.ui.search.HitOpener;
import org.glose.ui.search.SearchPane;

/**
 * The Edit → Search, Analysis and Project → Review/Merge entries: each opens its pane in a tool window on the
 * open project; what they point to (a hit, a passage, a comment) opens in the main window through {@code reveal}.
 */
final class ToolActions {

    static final String SEARCH = "search";
    static final String COOCCURRENCE = "cooccurrence";
    static final String MATRIX = "matrix";
    static final String FREQUENCIES = "frequencies";
    static final String AGREEMENT = "agreement";
    static final String REVIEW = "review";
    static final String MERGE = "merge";

    /** An analysis pane: its content and how it computes again. */
    private record Analysis(Node root, Runnable refresh) {
    }

    private final ProjectSession session;
    private final ToolWindows tools;
    private final HitOpener reveal;
    private SearchPane searchPane;

    ToolActions(ProjectSession session, ToolWindows tools, HitOpener reveal) {
        this.session = session;
        this.tools = tools;
        this.reveal = reveal;
    }

    void search() {
        search(null);
    }

    /**
     * Opens the search window; the index is opened and brought up to date first, with progress. A non-null
     * {@code query} is run once the window shows.
     */
    void search(String query) {
        search(query == null ? null : pane -> pane.search(query), false);
    }

    /** Opens the search window, also when it is open already, and runs the search saved under {@code name}. */
    void searchSaved(String name) {
        search(pane -> pane.runSaved(name), true);
    }

    private void search(Consumer<SearchPane> then, boolean alsoWhenOpen) {
        OpenProject project = session.project();
        if (project == null) {
            return;
        }
        if (tools.raise(SEARCH)) {
            searchPane.focusQuery();
            if (alsoWhenOpen) {
                then.accept(searchPane);
            }
            return;
        }
        session.runLong(t("toolWindow.openingIndex"), (p, progress, cancel) -> {
            SearchIndex index = session.searchIndex(p);
            index.update().run(progress, cancel);
            return index;
        }, index -> {
            if (tools.raise(SEARCH)) {
                return; // asked twice while the index was opening
            }
            searchPane = new SearchPane(project, index, session.runner(), session::coder, reveal);
            tools.show(SEARCH, t("toolWindow.search"), searchPane, searchPane::dispose, 1240, 660);
            searchPane.focusQuery();
            if (then != null) {
                then.accept(searchPane);
            }
        });
    }

    /** The search pane on screen, if any. */
    SearchPane searchPane() {
        return searchPane;
    }

    void cooccurrence() {
        analysis(COOCCURRENCE, t("toolWindow.cooccurrence"), () -> {
            CoOccurrencePane pane = new CoOccurrencePane(session::project, session.runner(), this::open);
            return new Analysis(pane.root(), pane::refresh);
        });
    }

    void matrices() {
        analysis(MATRIX, t("toolWindow.matrix"), () -> {
            MatrixPane pane = new MatrixPane(session::project, session.runner(), this::open);
            return new Analysis(pane.root(), pane::refresh);
        });
    }

    void frequencies() {
        analysis(FREQUENCIES, t("toolWindow.frequencies"), () -> {
            FrequencyPane pane = new FrequencyPane(session::project, session.runner());
            return new Analysis(pane.root(), pane::refresh);
        });
    }

    /**
     * Opens a saved analysis in its own window, titled {@code title}, with its settings and filter (Queries tab);
     * the same saved settings open the same window again.
     */
    void savedAnalysis(String title, AnalysisSettings settings) {
        String key = "saved-analysis\n" + title + "\n" + AnalysisSettingsText.write(settings);
        analysis(key, title, () -> {
            if (settings instanceof AnalysisSettings.CoOccurrence c) {
                CoOccurrencePane pane = new CoOccurrencePane(session::project, session.runner(), this::open);
                pane.use(c);
                return new Analysis(pane.root(), pane::refresh);
            } else if (settings instanceof AnalysisSettings.Matrix m) {
                MatrixPane pane = new MatrixPane(session::project, session.runner(), this::open);
                pane.use(m);
                return new Analysis(pane.root(), pane::refresh);
            }
            FrequencyPane pane = new FrequencyPane(session::project, session.runner());
            pane.use(settings);
            return new Analysis(pane.root(), pane::refresh);
        });
    }

    /** An analysis computes when opened and again after every change of the project while its window is open. */
    private void analysis(String key, String title, Supplier<Analysis> make) {
        if (session.project() == null || tools.raise(key)) {
            return;
        }
        Analysis analysis = make.get();
        Consumer<String> onChange = label -> analysis.refresh().run();
        session.addChangeListener(onChange);
        tools.show(key, title, new BorderPane(analysis.root()), () -> session.removeChangeListener(onChange),
                1200, 760);
        analysis.refresh().run();
    }

    void agreement() {
        agreement(false);
    }

    /** @param compareAll tick every coder and compute at once */
    void agreement(boolean compareAll) {
        OpenProject project = session.project();
        if (project != null && !tools.raise(AGREEMENT)) {
            AgreementView view = new AgreementView(project, session.runner());
            if (compareAll) {
                view.compareAllOnceCodersAreRead();
            }
            tools.show(AGREEMENT, t("toolWindow.agreement"), view, view::dispose, 1240, 660);
        }
    }

    void review() {
        OpenProject project = session.project();
        if (project != null && !tools.raise(REVIEW)) {
            ReviewPane pane = new ReviewPane(project, session.runner(),
                    (documentId, passage) -> reveal.open(documentId, passage, List.of(passage)));
            tools.show(REVIEW, t("toolWindow.review"), pane, pane::dispose, 1000, 520);
        }
    }

    void merge() {
        OpenProject project = session.project();
        if (project != null && !tools.raise(MERGE)) {
            tools.show(MERGE, t("toolWindow.merge"), new MergePane(project, session.runner()), () -> { },
                    860, 520);
        }
    }

    private void open(Passage passage) {
        reveal.open(passage.documentId(), passage.range(), List.of(passage.range()));
    }
}
