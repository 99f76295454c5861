package org.glose.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.coding.RecodeCoding;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.ChangeKind;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectDamagedException;
import org.glose.core.project.ProjectLockedException;
import org.glose.core.text.TextRange;
import org.glose.store.Snapshot;
import org.glose.store.Snapshots;
import org.glose.store.TestProjects;
import org.glose.ui.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The safety panes alone, headless: snapshots, password, history, the offers after a refused open. */
@Tag("ui")
class SafetyPanesTest extends FxRobot {

    @TempDir
    Path dir;
    OpenProject project;
    final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        if (project != null) {
            project.close();
        }
    }

    private void show(Parent pane) throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(pane, 900, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSnapshotListTakesOneNowAndRestoresTheChosenOneAfterConfirmation() throws Exception {
        project = TestProjects.create(dir.resolve("p"));
        project.snapshot(true);
        List<Snapshot> restored = new CopyOnWriteArrayList<>();
        SnapshotsPane[] pane = new SnapshotsPane[1];
        FxToolkit.setupFixture(() -> pane[0] = new SnapshotsPane(Snapshots.of(project.location()), background,
                () -> project.snapshot(false), restored::add));
        show(pane[0]);
        await(() -> pane[0].table.getItems().size() == 1);
        assertThat(pane[0].restore.isDisabled()).isTrue();

        clickOn(pane[0].takeNow);
        await(() -> pane[0].table.getItems().size() == 2);
        assertThat(pane[0].status.getText()).startsWith("Took the snapshot ");
        Snapshot newest = pane[0].table.getItems().get(0);
        assertThat(newest.kind()).isEqualTo(Snapshot.Kind.MANUAL);

        interact(() -> pane[0].table.getSelectionModel().select(1));
        clickOn(pane[0].restore);
        assertThat(pane[0].confirmation.isVisible()).isTrue();
        clickOn(pane[0].cancel);
        assertThat(pane[0].confirmation.isVisible()).isFalse();
        assertThat(restored).isEmpty();
        clickOn(pane[0].restore);
        clickOn(pane[0].confirm);
        assertThat(restored).extracting(Snapshot::kind).containsExactly(Snapshot.Kind.AUTO);
    }

    @Test
    void aNewPasswordMustBeTypedTwiceTheSameAndIsHandedOverOnce() throws Exception {
        PasswordPane[] pane = new PasswordPane[1];
        FxToolkit.setupFixture(() -> pane[0] = new PasswordPane(PasswordPane.Mode.NEW, "Encrypt « Entretiens »"));
        show(pane[0]);
        clickOn(pane[0].password).write("tilleul");
        clickOn(pane[0].again).write("tilleuk");
        assertThat(pane[0].validProperty().get()).isFalse();
        assertThat(pane[0].message.getText()).isEqualTo("The two passwords differ.");
        interact(() -> pane[0].again.setText("tilleul"));
        assertThat(pane[0].validProperty().get()).isTrue();
        assertThat(pane[0].message.getText()).isEmpty();
        char[][] taken = new char[1][];
        interact(() -> taken[0] = pane[0].takePassword());
        assertThat(new String(taken[0])).isEqualTo("tilleul");
        assertThat(pane[0].password.getText()).isEmpty();
        assertThat(pane[0].validProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordIsSaidAndTheFieldEmptied() throws Exception {
        PasswordPane[] pane = new PasswordPane[1];
        FxToolkit.setupFixture(() -> pane[0] = new PasswordPane(PasswordPane.Mode.OPEN, "« Entretiens » is encrypted."));
        show(pane[0]);
        clickOn(pane[0].password).write("faux");
        interact(() -> pane[0].showError("The password is wrong."));
        assertThat(pane[0].message.getText()).isEqualTo("The password is wrong.");
        assertThat(pane[0].password.getText()).isEmpty();
        assertThat(pane[0].validProperty().get()).isFalse();
    }

    @Test
    void theHistoryOfADocumentListsWhoDidWhatNewestFirst() throws Exception {
        project = TestProjects.create(dir.resolve("p"));
        Document d = TestProjects.addDocument(project, "entretien.txt", TestProjects.TEXT);
        Code a = project.execute(new CreateCode(null, "Communs", null));
        Code b = project.execute(new CreateCode(null, "État", null));
        project.setActor("camille");
        Coding c = project.execute(new ApplyCode(d.id(), a.id(), "camille", TextRange.of(3, 10)));
        project.setActor("yanis");
        project.execute(new RecodeCoding(c.id(), b.id()));
        HistoryView[] view = new HistoryView[1];
        FxToolkit.setupFixture(() -> view[0] = new HistoryView(project, background));
        show(view[0]);
        interact(() -> view[0].show(HistoryFilter.ofDocument(d.id()), "History of entretien.txt"));
        await(() -> view[0].table.getItems().size() == 3);
        ChangeEntry newest = view[0].table.getItems().get(0);
        assertThat(newest.actor()).isEqualTo("yanis");
        assertThat(HistoryView.codes(newest)).isEqualTo("Communs → État");
        assertThat(view[0].table.getItems().get(1).actor()).isEqualTo("camille");
        assertThat(view[0].title.getText()).isEqualTo("History of entretien.txt");
        assertThat(view[0].table.getColumns().get(2).getCellData(0)).isEqualTo("recoded");
        assertThat(view[0].table.getColumns().get(2).getCellData(1)).isEqualTo("coded");
    }

    @Test
    void theHistorySaysWhatHappenedInFrenchToo() {
        I18n.use(Locale.FRENCH);
        try {
            assertThat(HistoryView.what(ChangeKind.RECODED)).isEqualTo("recodé");
            assertThat(HistoryView.what(ChangeKind.UNCODED)).isEqualTo("codage retiré");
            assertThat(Arrays.stream(ChangeKind.values()).map(HistoryView::what))
                    .noneMatch(w -> w.startsWith("["))
                    .doesNotContainAnyElementsOf(Arrays.stream(ChangeKind.values()).map(ChangeKind::verb).toList());
        } finally {
            I18n.use(Locale.ENGLISH);
        }
        assertThat(Arrays.stream(ChangeKind.values()).map(HistoryView::what))
                .containsExactlyElementsOf(Arrays.stream(ChangeKind.values()).map(ChangeKind::verb).toList());
    }

    @Test
    void aLockedProjectOffersAReadOnlyCopyOfItsLastSnapshot() throws Exception {
        project = TestProjects.create(dir.resolve("p"));
        project.snapshot(false);
        Optional<Snapshot> last = Snapshots.of(project.location()).latest();
        AtomicInteger copies = new AtomicInteger();
        AtomicInteger closes = new AtomicInteger();
        ProjectLockedException locked = new ProjectLockedException("The project at p is open in another program "
                + "(alice on host lab-3, since 14:02); close it there first.", project.location(), null);
        ProjectRecoveryPane[] pane = new ProjectRecoveryPane[1];
        FxToolkit.setupFixture(() -> pane[0] = ProjectRecoveryPane.locked(locked, last, copies::incrementAndGet,
                closes::incrementAndGet));
        show(pane[0]);
        assertThat(pane[0].message.getText()).contains("alice on host lab-3, since 14:02");
        assertThat(pane[0].offer.getText()).startsWith("You can open a read-only copy of its last snapshot");
        clickOn(pane[0].action);
        assertThat(copies.get()).isEqualTo(1);
        clickOn(pane[0].close);
        assertThat(closes.get()).isEqualTo(1);
    }

    @Test
    void aDamagedProjectWithoutSnapshotOnlySaysWhatToDo() throws Exception {
        ProjectDamagedException damaged = new ProjectDamagedException("The project database at p is damaged (the file "
                + "is empty). It has no snapshot: put back a copy of the project folder from your own backups.",
                dir, null, null);
        ProjectRecoveryPane[] pane = new ProjectRecoveryPane[1];
        FxToolkit.setupFixture(() -> pane[0] = ProjectRecoveryPane.damaged(damaged, Optional.empty(), () -> { },
                () -> { }));
        show(pane[0]);
        assertThat(pane[0].message.getText()).endsWith("from your own backups.");
        assertThat(pane[0].getChildrenUnmodifiable()).doesNotContain(pane[0].offer);
    }
}
