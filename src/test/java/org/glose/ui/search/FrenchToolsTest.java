package org.glose.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.glose.core.project.OpenProject;
import org.glose.sample.SampleProject;
import org.glose.search.LuceneSearchIndex;
import org.glose.store.H2ProjectStore;
import org.glose.store.Snapshots;
import org.glose.ui.analysis.CoOccurrencePane;
import org.glose.ui.analysis.FrequencyPane;
import org.glose.ui.i18n.I18n;
import org.glose.ui.safety.HistoryPane;
import org.glose.ui.safety.SnapshotsPane;
import org.glose.ui.testing.BackgroundRunner;
import org.glose.ui.testing.FxThreadGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A French researcher's tool windows: the search, co-occurrence, frequency, snapshot and history panes built in
 * French on the sample project show French buttons, labels, choices and column headers, and their results speak
 * French too; no text of the tools bundle that French words differently is left in English.
 */
@Tag("ui")
class FrenchToolsTest extends FxRobot {

    @TempDir
    static Path shared;
    static Path folder;

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final BackgroundRunner runner = new BackgroundRunner();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private OpenProject project;
    private LuceneSearchIndex index;
    private Parent shown;

    @BeforeAll
    static void sample() throws Exception {
        folder = shared.resolve("sample");
        SampleProject.create(folder).close();
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void french() {
        I18n.use(Locale.FRENCH);
        project = new OpenProject(new FxThreadGuard(H2ProjectStore.open(folder), violations));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        I18n.use(Locale.ENGLISH);
        runner.close();
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        if (index != null) {
            index.close();
        }
        project.close();
        assertThat(violations).as("store access on the FX thread").isEmpty();
    }

    @Test
    void theSearchPaneSpeaksFrenchFromItsButtonsToItsCounts() throws Exception {
        SearchPane[] pane = new SearchPane[1];
        index = LuceneSearchIndex.open(project);
        show(() -> {
            pane[0] = new SearchPane(project, index, runner, () -> "camille", (doc, hit, all) -> { });
            return pane[0];
        });
        await(() -> pane[0].code.getItems().contains("Panoptique"));
        SearchPane p = pane[0];
        assertThat(fx(() -> p.run.getText())).isEqualTo("Rechercher");
        assertThat(fx(() -> shownValue(p.mode))).isEqualTo("Par racine");
        assertThat(fx(() -> shownValue(p.codeScope))).isEqualTo("Partout");
        assertThat(fx(() -> shownValue(p.document))).isEqualTo("Tous les documents");
        assertThat(fx(() -> p.autoCode.preview.getText())).isEqualTo("Aperçu du codage");
        assertThat(fx(() -> shownValue(p.autoCode.unit))).isEqualTo("Occurrence");
        assertThat(fx(() -> headers(p.table))).containsExactly("Document", "Page", "Position", "Contexte gauche",
                "Occurrence", "Contexte droit");

        clickOn("#search-query").write("plateforme").push(KeyCode.ENTER);
        await(() -> p.status.getText().contains("occurrence(s)"));
        assertThat(p.status.getText()).matches("\\d+ occurrence\\(s\\) dans \\d+ document\\(s\\)");
        assertNoEnglishLeft();
    }

    @Test
    void theAnalysisPanesSpeakFrenchInTheirControlsChartsAndStatus() throws Exception {
        CoOccurrencePane[] cooccurrence = new CoOccurrencePane[1];
        show(() -> {
            cooccurrence[0] = new CoOccurrencePane(() -> project, runner, passage -> { });
            cooccurrence[0].refresh();
            return (Parent) cooccurrence[0].root();
        });
        await(() -> status().matches("\\d+ codes, .*"));
        assertThat(status()).contains("codages. Choisissez une cellule");
        assertThat(texts(shown)).contains("Cooccurrences des codes", "Unité", "Mesure", "Ordre", "Codeur",
                "Inclure les sous-codes", "Chevauchement", "Effectif", "Ordre du livre de codes",
                "Tous les codeurs", "Exporter", "Cooccurrences des codes — chevauchement, effectif");
        assertThat(fx(() -> ((MenuButton) shown.lookup("#export-button")).getItems().get(0).getText()))
                .isEqualTo("Classeur Excel (.xlsx)…");
        assertNoEnglishLeft();
        FxToolkit.cleanupStages();

        show(() -> {
            FrequencyPane frequencies = new FrequencyPane(() -> project, runner);
            frequencies.refresh();
            return (Parent) frequencies.root();
        });
        await(() -> status().endsWith("mots différents."));
        TabPane tabs = (TabPane) shown.lookup(".tab-pane");
        assertThat(fx(() -> tabs.getTabs().stream().map(t -> t.getText()).toList())).containsExactly("Codes", "Mots");
        assertThat(fx(() -> headers((TableView<?>) shown.lookup("#words")))).containsExactly("Mot", "Effectif",
                "Documents");
        assertThat(texts(shown)).contains("Fréquences", "Mots de", "Longueur minimale des mots",
                "Exclure les mots vides", "Regrouper pluriels et féminins", "Nuage de mots", "Tous les documents",
                "Codages par code", "Mots les plus fréquents");   // the charts' titles
        assertNoEnglishLeft();
    }

    @Test
    void theSnapshotAndHistoryPanesSpeakFrench() throws Exception {
        show(() -> new SnapshotsPane(Snapshots.of(project.location()), background, () -> project.snapshot(false),
                s -> { }));
        clickOn("Prendre un instantané maintenant");
        await(() -> textsOn(shown).stream().anyMatch(t -> t.startsWith("Instantané ") && t.endsWith(" pris."))
                && textsOn(shown).contains("manuel"));
        assertThat(fx(() -> headers((TableView<?>) shown.lookup(".table-view")))).containsExactly("Pris le", "Type",
                "Taille", "Identifiant");
        assertThat(texts(shown)).contains("Restaurer…", "manuel");
        assertNoEnglishLeft();
        FxToolkit.cleanupStages();

        show(() -> new HistoryPane(project, background));
        await(() -> textsOn(shown).contains("Historique du projet « " + project.name()
                + " », du plus récent au plus ancien"));
        assertThat(fx(() -> headers((TableView<?>) shown.lookup(".table-view")))).containsExactly("Quand", "Qui",
                "Quoi", "Document", "Passage", "Code", "Détail", "Action");
        assertThat(texts(shown)).contains("Historique de", "Tout le projet");
        TableView<?> history = (TableView<?>) shown.lookup(".table-view");
        await(() -> !history.getItems().isEmpty());
        List<Object> what = fx(() -> java.util.stream.IntStream.range(0, history.getItems().size())
                .mapToObj(i -> (Object) history.getColumns().get(2).getCellData(i)).toList());
        assertThat(what).contains("codé").doesNotContain("coded");   // the sample's codings
        assertNoEnglishLeft();
    }

    // ---- helpers

    private void show(Callable<Parent> build) throws Exception {
        FxToolkit.setupStage(stage -> {
            try {
                shown = build.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stage.setScene(new Scene(shown, 1100, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() throws Exception {
        return fx(() -> ((Label) shown.lookup("#analysis-status")).getText());
    }

    /** No text the pane shows is an English text of the tools bundle that no French text reads the same. */
    private void assertNoEnglishLeft() throws Exception {
        Properties english = bundle("tools.properties");
        Properties french = bundle("tools_fr.properties");
        Set<String> englishOnly = new HashSet<>();
        english.stringPropertyNames().forEach(key -> englishOnly.add(english.getProperty(key)));
        french.stringPropertyNames().forEach(key -> englishOnly.remove(french.getProperty(key)));
        List<String> seen = texts(shown);
        assertThat(seen).as("texts of the pane").isNotEmpty().noneMatch(englishOnly::contains)
                .noneMatch(t -> t.matches("\\[[a-z][A-Za-z.]*]"));
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private List<String> texts(Parent root) throws Exception {
        return fx(() -> textsOn(root));
    }

    /** Every text a user can read in the pane (on the FX thread): labels, buttons, tabs, headers, tips, choices. */
    private static List<String> textsOn(Parent root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (node instanceof Text t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            texts.add(input.getPromptText());
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            texts.add(c.getTooltip().getText());
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> {
                texts.add(t.getText());
                collect(t.getContent(), texts);
            });
        }
        if (node instanceof TableView<?> table) {
            texts.addAll(headers(table));
        }
        if (node instanceof ChoiceBox<?> box) {
            texts.addAll(shownItems(box.getItems(), box.getConverter()));
        }
        if (node instanceof ComboBox<?> box) {
            texts.addAll(shownItems(box.getItems(), box.getConverter()));
            if (box.getPromptText() != null) {
                texts.add(box.getPromptText());
            }
        }
        if (node instanceof MenuButton menu) {
            menu.getItems().forEach(i -> texts.add(i.getText()));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> shownItems(List<?> items, StringConverter converter) {
        return items.stream().map(i -> converter == null ? String.valueOf(i) : converter.toString(i)).toList();
    }

    private static List<String> headers(TableView<?> table) {
        return table.getColumns().stream().map(TableColumnBase::getText).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shownValue(Object box) {
        if (box instanceof ChoiceBox c) {
            return c.getConverter().toString(c.getValue());
        }
        ComboBox c = (ComboBox) box;
        return c.getConverter().toString(c.getValue());
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
