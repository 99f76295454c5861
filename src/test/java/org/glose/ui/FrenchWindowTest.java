package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import org.glose.core.model.Code;
import org.glose.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A French user sees the main window in French: the menu bar, the codebook pane and its menu, the document's
 * context menu, the status bar; and coding through the French context menu works and is named in French in the
 * Edit menu. Every text of the menus and coding bundles is checked not to show in English (where the two
 * languages differ), so a text left in English fails here.
 */
@Tag("ui")
class FrenchWindowTest extends WindowTestBase {

    private String languageBefore;

    @Override
    void launch() throws Exception {
        languageBefore = System.getProperty("glose.language");
        System.setProperty("glose.language", "fr"); // GloseApp chooses the language from it when it starts
        I18n.use(Locale.FRENCH);
        super.launch();
    }

    @AfterEach
    void backToEnglish() {
        if (languageBefore == null) {
            System.clearProperty("glose.language");
        } else {
            System.setProperty("glose.language", languageBefore);
        }
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void theMenuBarSpeaksFrench() throws Exception {
        assertThat(fx(() -> menu("file-menu").getText())).isEqualTo("Fichier");
        assertThat(fx(() -> menu("edit-menu").getText())).isEqualTo("Édition");
        assertThat(fx(() -> menu("coding-menu").getText())).isEqualTo("Codage");
        assertThat(fx(() -> menu("view-menu").getText())).isEqualTo("Affichage");
        assertThat(fx(() -> menu("analysis-menu").getText())).isEqualTo("Analyse");
        assertThat(fx(() -> menu("project-menu").getText())).isEqualTo("Projet");
        assertThat(fx(() -> menu("help-menu").getText())).isEqualTo("Aide");

        assertThat(fx(() -> texts(menu("file-menu")))).contains("Nouveau projet…", "Ouvrir un projet…",
                "Importer des documents…", "Importer un livre de codes…", "Quitter");
        assertThat(fx(() -> texts(menu("edit-menu")))).contains("Rechercher…");
        assertThat(fx(() -> texts(menu("coding-menu")))).contains("Coder la sélection avec…", "Nouveau code…",
                "Coder in vivo", "Coder avec le dernier code", "Coder les tours de parole…");
        assertThat(fx(() -> texts(menu("analysis-menu")))).contains("Cooccurrences…", "Accord inter-codeurs…");
        assertThat(fx(() -> texts(menu("project-menu")))).contains("Instantanés…", "Historique…", "Chiffrer…");
        assertThat(fx(() -> texts(menu("help-menu")))).containsExactly("À propos de Glose");

        List<String> all = fx(() -> {
            List<String> texts = new ArrayList<>();
            bar().getMenus().forEach(m -> {
                texts.add(m.getText());
                texts.addAll(texts(m));
            });
            return texts;
        });
        assertThat(all).as("menu texts left in English").doesNotContainAnyElementsOf(englishOnly());
    }

    @Test
    void theCodebookPaneAndStatusBarSpeakFrench() throws Exception {
        assertThat(fx(() -> lookup("#code-button").queryAs(Button.class).getText())).isEqualTo("Coder la sélection");
        assertThat(fx(() -> lookup("#codebook-filter").queryAs(TextField.class).getPromptText()))
                .isEqualTo("Filtrer les codes");
        assertThat(fx(() -> lookup("#counts-with-subcodes").queryAs(CheckBox.class).getText()))
                .isEqualTo("Effectifs incluant les sous-codes");
        assertThat(fx(() -> lookup(".code-info-path").queryAs(Label.class).getText()))
                .isEqualTo("Aucun code sélectionné.");
        assertThat(fx(() -> lookup(".code-info-text").queryAs(Label.class).getText()))
                .isEqualTo("Sélectionnez un code pour lire sa description.");
        assertThat(fx(() -> lookup("#coder-button").queryAs(MenuButton.class).getText()))
                .isEqualTo("Codeur : " + CODER);
        assertThat(fx(() -> lookup((Node n) -> n instanceof Button b && "Nouveau code…".equals(b.getText()))
                .tryQuery().isPresent())).as("the New code button").isTrue();

        clickOn(codeCell("Panoptique"));
        assertThat(fx(() -> lookup(".code-info-text").queryAs(Label.class).getText()))
                .contains("\nÀ utiliser quand : ", "\nÀ ne pas utiliser quand : ", "\nExemple : ", " passages codés dans ");
        List<String> codebookMenu = codebookMenuTexts();
        assertThat(codebookMenu).contains("Coder la sélection avec « Panoptique »",
                "Récupérer les passages codés", "Écrire un mémo sur le code…", "Renommer…   F2", "Couleur…",
                "Décrire…", "Fusionner dans…", "Supprimer…   Suppr");

        List<String> shown = fx(() -> from(lookup(".codebook-view").query(), lookup(".status-bar").query(),
                app.window().documentView().root()).lookup((Node n) -> n instanceof Labeled).queryAll().stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank()).toList());
        assertThat(shown).contains("Codes rapides :");
        assertThat(shown).as("window texts left in English").doesNotContainAnyElementsOf(englishOnly());
        assertThat(codebookMenu).as("codebook menu texts left in English").doesNotContainAnyElementsOf(englishOnly());
    }

    @Test
    void aPassageIsCodedThroughTheFrenchContextMenu() throws Exception {
        openStudy();
        Code code = code("Panoptique");
        int before = references(code);

        interact(() -> area().selectRange(PASSAGE.start(), PASSAGE.end()));
        openContextMenu(area());
        List<String> items = fx(() -> area().getContextMenu().getItems().stream().map(MenuItem::getText)
                .filter(t -> t != null).toList());
        assertThat(items).contains("Coder avec", "Coder avec plusieurs codes…", "Coder in vivo (V)",
                "Nouveau code à partir de la sélection…", "Retirer le codage", "Copier", "Modifier le texte…");
        assertThat(items).as("context menu texts left in English").doesNotContainAnyElementsOf(englishOnly());
        clickOn(menuLabel("Coder avec"));
        clickOn(menuLabel("Panoptique"));
        awaitIdle();

        assertThat(codingsOf(code)).containsExactly(PASSAGE);
        assertThat(references(code)).isEqualTo(before + 1);
        assertThat(fx(() -> menu("edit-menu").getItems().get(0).getText()))
                .isEqualTo("Annuler : Coder « Panoptique »");
        assertThat(fx(() -> lookup(".last-action").queryAs(Label.class).getText()))
                .isEqualTo("Fait : Coder « Panoptique »");

        openContextMenu(area()); // the passage is still selected: its coding is offered for uncoding
        clickOn(menuLabel("Retirer le codage"));
        clickOn(menuLabel("Panoptique (" + CODER + ")"));
        awaitIdle();
        assertThat(codingsOf(code)).isEmpty();
        assertThat(fx(() -> menu("edit-menu").getItems().get(0).getText()))
                .isEqualTo("Annuler : Retirer le codage « Panoptique » (" + CODER + ")");
        assertNoErrorShown();
    }

    private MenuBar bar() {
        return lookup(".menu-bar").queryAs(MenuBar.class);
    }

    private Menu menu(String id) {
        return bar().getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    /** The texts of a menu's items, its submenus' included. */
    private static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (item.getText() != null && !item.getText().isBlank()) {
                texts.add(item.getText());
            }
            if (item instanceof Menu sub) {
                texts.addAll(texts(sub));
            }
        }
        return texts;
    }

    /** The codebook's context menu for the selected code, as it fills itself when shown. */
    private List<String> codebookMenuTexts() throws Exception {
        TreeView<?> tree = lookup("#codebook-tree").queryAs(TreeView.class);
        ContextMenu menu = fx(tree::getContextMenu);
        interact(() -> {
            Bounds b = tree.localToScreen(tree.getBoundsInLocal());
            menu.show(tree, b.getMinX() + 20, b.getMinY() + 20);
        });
        List<String> texts = fx(() -> menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null)
                .toList());
        interact(menu::hide);
        return texts;
    }

    /** The English texts of the menus and coding bundles that French writes differently (placeholders aside). */
    private static Set<String> englishOnly() throws IOException {
        Set<String> english = new HashSet<>();
        Set<String> french = new HashSet<>();
        for (String bundle : List.of("menus", "coding")) {
            english.addAll(values(bundle + ".properties"));
            french.addAll(values(bundle + "_fr.properties"));
        }
        english.removeAll(french);
        english.removeIf(text -> text.contains("{"));
        return english;
    }

    private static List<String> values(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames().stream().map(p::getProperty).toList();
    }
}
