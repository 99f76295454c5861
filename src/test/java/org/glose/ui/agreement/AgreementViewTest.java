package org.glose.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import org.glose.core.analysis.agreement.AgreementReport;
import org.glose.core.analysis.agreement.AgreementRequest;
import org.glose.core.analysis.agreement.AgreementService;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.analysis.agreement.CodeAgreement;
import org.glose.core.analysis.agreement.Unit;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.document.AddDocument;
import org.glose.core.model.Code;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.H2ProjectStore;
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

/** The agreement view alone, headless: statistics, disagreements side by side, accepting a version. */
@Tag("ui")
class AgreementViewTest extends FxRobot {

    private static final String TEXT = "Les plateformes de données d'intérêt général.\nUn second paragraphe ici.";

    @TempDir
    Path dir;
    OpenProject project;
    AgreementView view;
    final List<String> onFxThread = new CopyOnWriteArrayList<>();
    final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        project = new OpenProject(new FxThreadGuard(H2ProjectStore.create(dir.resolve("p"), "p"), onFxThread));
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Document doc = project.execute(new AddDocument(new NewDocument("d.txt", "txt", "d.txt", bytes, "sha", TEXT,
                null, "UTF-8", "fr")));
        Code code = project.execute(new CreateCode(null, "Données", null));
        project.execute(new ApplyCode(doc.id(), code.id(), "anne", new TextRange(4, 15)));
        project.execute(new ApplyCode(doc.id(), code.id(), "bruno", new TextRange(4, 26)));
        project.execute(new ApplyCode(doc.id(), code.id(), "bruno", new TextRange(47, 53)));
        FxToolkit.setupStage(stage -> {
            view = new AgreementView(project, runner);
            stage.setScene(new Scene(view, 1100, 600));
            stage.show();
        });
        await(() -> view.coders.getChildren().size() == 2);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> view.dispose());
        runner.close();
        project.close();
        assertThat(onFxThread).as("project work on the FX thread").isEmpty();
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void computeFor(String... coders) throws Exception {
        for (String coder : coders) {
            clickOn("#agreement-coder-" + coder);
        }
        interact(() -> view.status.setText(""));
        clickOn("#agreement-compute");
        await(() -> !view.status.getText().isEmpty() && !view.status.getText().equals("Computing…"));
    }

    @Test
    void theTableShowsEachStatisticWithItsIntervalForEachCodeAndPooled() throws Exception {
        computeFor("anne", "bruno");
        assertThat(view.table.getItems()).hasSize(2);
        AgreementRequest request = AgreementRequest.of(List.of("anne", "bruno"), Unit.CHARACTER);
        AgreementReport expected = project.read(tx -> AgreementService.compute(tx, request));
        CodeAgreement shown = view.table.getItems().get(0);
        assertThat(shown).isEqualTo(expected.codes().get(0));
        assertThat(shown.code()).isEqualTo("Données");
        String kappa = AgreementTable.cell(shown.values().cohenKappa(), null, "%.3f");
        assertThat(kappa).matches("-?\\d\\.\\d{3}");
        assertThat(view.table.getItems().get(1).code()).isNull(); // the pooled row
        // one document: nothing to resample, so no interval is shown
        assertThat(shown.intervals()).doesNotContainKey(Statistic.COHEN_KAPPA);
        assertThat(view.status.getText()).contains("1 code(s), 1 document(s)").contains("seed");
    }

    @Test
    void oneCoderIsRefusedInTheStatusLine() throws Exception {
        computeFor("anne");
        assertThat(view.status.getText()).isEqualTo("Agreement compares at least two coders; only anne was given.");
        assertThat(view.table.getItems()).isEmpty();
    }

    @Test
    void disagreementsAreShownSideBySideAndAVersionIsAcceptedIntoTheConsensus() throws Exception {
        computeFor("anne", "bruno");
        clickOn("Disagreements");
        await(() -> view.disagreements.getItems().size() == 2);
        Button acceptAnne = lookup(".agreement-accept").queryAllAs(Button.class).stream()
                .filter(b -> "anne".equals(b.getUserData())).findFirst().orElseThrow();
        clickOn((Node) acceptAnne);
        await(() -> view.status.getText().startsWith("Accepted"));
        await(() -> view.disagreements.getItems().get(0).resolved());
        Coder consensus = project.read(tx -> tx.coders().byName("consensus")).orElseThrow();
        List<Coding> held = project.read(tx -> tx.codings().list(new CodingFilter(null, null, consensus.id())));
        assertThat(held).extracting(Coding::range).containsExactly(new TextRange(4, 15));
        assertThat(view.disagreements.getItems().get(0).acceptedFrom()).containsExactly("anne");
        // the consensus coder now appears among the coders one may compare
        await(() -> view.coders.getChildren().size() == 3);
        project.undo();
        List<Coding> undone = project.read(tx -> tx.codings().list(new CodingFilter(null, null, consensus.id())));
        assertThat(undone).isEmpty();
    }
}
