package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import org.glose.core.coding.ApplyCode;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.retrieval.RetrievedPassage;
import org.glose.ui.codes.CodesView.CodeLine;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Codes tab: every code with its use, sorted, filtered, opened in the retrieval pane, kept up to date. */
class CodesTabTest extends WindowTestBase {

    @Test
    void theCodesTabListsEveryCodeWithItsUseSortsFiltersOpensAndFollowsChanges() throws Exception {
        clickOn("#nav-codes");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lines().size() == 29);
        int stored = app.session().project().read(tx -> tx.codes().codebook().size());
        assertThat(stored).isEqualTo(29);

        // one code's counts are the store's: its passages, their documents and coders, the day it last coded
        List<Coding> all = app.session().project().read(tx -> tx.codings().list(CodingFilter.ALL));
        Codebook book = app.session().project().read(tx -> tx.codes().codebook());
        Code leaf = book.depthFirst().stream().filter(c -> book.childrenOf(c.id()).isEmpty())
                .max(Comparator.comparingLong(c -> all.stream().filter(x -> x.codeId() == c.id()).count()))
                .orElseThrow();
        List<Coding> ofLeaf = all.stream().filter(c -> c.codeId() == leaf.id()).toList();
        assertThat(ofLeaf).isNotEmpty();
        CodeLine shown = line(leaf.name());
        assertThat(shown.use().passages()).isEqualTo(ofLeaf.size());
        assertThat(shown.use().documents()).isEqualTo(ofLeaf.stream().map(Coding::documentId).distinct().count());
        assertThat(shown.use().coders()).isEqualTo(ofLeaf.stream().map(Coding::coderId).distinct().count());
        assertThat(shown.lastCoded()).isEqualTo(ofLeaf.stream().map(Coding::createdAt).max(Comparator.naturalOrder())
                .map(i -> LocalDate.ofInstant(i, ZoneId.systemDefault())).orElseThrow());
        assertThat(shown.definition()).isEqualTo(leaf.description() == null ? ""
                : leaf.description().strip().lines().findFirst().orElseThrow().strip());

        // the counts follow the codebook's "Counts include sub-codes": a parent then counts its sub-codes' passages
        Code parent = book.depthFirst().stream().filter(c -> !book.childrenOf(c.id()).isEmpty()
                && all.stream().anyMatch(x -> x.codeId() != c.id() && book.isSelfOrDescendant(x.codeId(), c.id())))
                .findFirst().orElseThrow();
        long own = all.stream().filter(x -> x.codeId() == parent.id()).count();
        long withSubcodes = all.stream().filter(x -> book.isSelfOrDescendant(x.codeId(), parent.id())).count();
        assertThat(withSubcodes).isGreaterThan(own);
        setCountsWithSubcodes(false);
        assertThat(line(parent.name()).use().passages()).isEqualTo(own);
        assertThat(fx(() -> ((Label) lookup("#codes-summary").query()).getText())).contains("leave out sub-codes");
        setCountsWithSubcodes(true);
        assertThat(line(parent.name()).use().passages()).isEqualTo(withSubcodes);
        assertThat(fx(() -> ((Label) lookup("#codes-summary").query()).getText()))
                .isEqualTo("29 codes. Counts include sub-codes, as set in the codebook.");

        // sorting by passages (a second click: most first) puts the most-coded code first
        clickOn(header("codes-column-passages"));
        clickOn(header("codes-column-passages"));
        long most = book.depthFirst().stream()
                .mapToLong(c -> all.stream().filter(x -> book.isSelfOrDescendant(x.codeId(), c.id())).count())
                .max().orElseThrow();
        assertThat(fx(() -> lines().get(0).use().passages())).isEqualTo((int) most);
        List<Integer> topLevel = fx(() -> app.window().codes().table().getRoot().getChildren().stream()
                .map(i -> i.getValue().use().passages()).toList());
        assertThat(topLevel).isSortedAccordingTo(Comparator.reverseOrder());

        // the filter narrows the list, ignoring case and accents, keeping each code under its parent
        clickOn("#codes-filter").write("ECONOMIQ");
        List<String> names = fx(() -> lines().stream().map(l -> l.code().name()).toList());
        assertThat(names).contains("Viabilité économique", "Modèles économiques").hasSizeLessThan(29);
        assertThat(fx(() -> lines().stream().map(CodeLine::path).toList()))
                .allMatch(path -> fold(path).contains("economiq"));
        assertThat(fx(() -> ((Label) lookup("#codes-summary").query()).getText()))
                .startsWith("Codes shown: " + names.size() + " of 29.");
        interact(() -> ((TextField) lookup("#codes-filter").query()).setText(""));
        assertThat(lines()).hasSize(29);

        // Enter on a code opens its coded passages in the retrieval pane
        interact(() -> {
            var table = app.window().codes().table();
            for (int row = 0; row < table.getExpandedItemCount(); row++) {
                if (table.getTreeItem(row).getValue().code().id() == leaf.id()) {
                    table.scrollTo(Math.max(0, row - 2));
                }
            }
        });
        clickOn(nameCell(leaf.name()));
        type(KeyCode.ENTER);
        awaitIdle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                app.window().retrieval().table().getItems().size() == ofLeaf.size()));
        assertThat(fx(() -> app.window().retrieval().codes())).extracting(Code::id).containsExactly(leaf.id());
        assertThat(fx(() -> app.window().retrieval().table().getItems().stream().map(RetrievedPassage::documentId)
                .toList())).containsExactlyInAnyOrderElementsOf(ofLeaf.stream().map(Coding::documentId).toList());

        // a coding made through the core is counted at once
        long study = app.session().project().read(tx -> tx.documents().list().stream()
                .filter(d -> d.name().equals(STUDY)).findFirst().orElseThrow().id());
        interact(() -> app.session().execute(new ApplyCode(study, leaf.id(), CODER, PASSAGE), done -> { }));
        awaitIdle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> line(leaf.name()).use().passages() == ofLeaf.size() + 1);
        assertThat(line(leaf.name()).lastCoded()).isEqualTo(LocalDate.now());
        assertThat(fx(() -> app.window().codes().asTabSeparated().lines().toList()))
                .hasSize(30).first().isEqualTo("Code\tPassages\tDocuments\tCoders\tDefinition\tLast coded");
        assertNoErrorShown();
    }

    private List<CodeLine> lines() throws Exception {
        return fx(() -> app.window().codes().lines());
    }

    private CodeLine line(String name) throws Exception {
        return lines().stream().filter(l -> l.code().name().equals(name)).findFirst().orElseThrow();
    }

    private void setCountsWithSubcodes(boolean on) throws Exception {
        CheckBox box = lookup("#counts-with-subcodes").queryAs(CheckBox.class);
        if (fx(box::isSelected) != on) {
            clickOn(box);
        }
        awaitIdle();
    }

    private Node header(String columnId) throws Exception {
        return fx(() -> lookup(".column-header").queryAll().stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() instanceof TreeTableColumn<?, ?> c
                        && columnId.equals(c.getId())).findFirst().orElseThrow());
    }

    private Node nameCell(String name) {
        return lookup(".codes-tab-name").match((Label l) -> name.equals(l.getText())).queryLabeled();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
