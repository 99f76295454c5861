package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import org.glose.ui.layout.PaneLayout;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window's layout (dividers, left tab, zoom) is kept with the project and comes back when it is opened. */
class LayoutMemoryTest extends WindowTestBase {

    @Test
    void theLayoutOfAProjectComesBackWhenItIsOpenedAgain() throws Exception {
        SplitPane split = fx(() -> (SplitPane) app.window().navigation().getParent().getParent());
        interact(() -> {
            app.window().navigation().getSelectionModel().select(app.window().navigation().getTabs().stream()
                    .filter(t -> "nav-memos".equals(t.getId())).findFirst().orElseThrow());
            split.setDividerPositions(0.3, 0.6);
            app.window().documentView().zoom(2);
        });
        PaneLayout chosen = fx(() -> app.window().layout().current());
        assertThat(chosen.leftTab()).isEqualTo("nav-memos");
        assertThat(chosen.zoom()).isEqualTo(120);

        interact(() -> app.session().closeNow());
        awaitIdle();
        app.window().layout().flush();
        assertThat(PaneLayout.read(folder)).contains(chosen);
        interact(() -> {
            app.window().navigation().getSelectionModel().select(0);
            split.setDividerPositions(0.2, 0.71);
            app.window().documentView().setZoom(100);
        });

        interact(() -> app.session().open(folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.session().project() != null));
        awaitIdle();
        app.window().layout().flush();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> app.window().navigation().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("nav-memos");
        assertThat(fx(() -> app.window().documentView().zoomPercent())).isEqualTo(120);
        assertThat(fx(() -> split.getDividerPositions()[0])).isCloseTo(chosen.left(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(fx(() -> split.getDividerPositions()[1])).isCloseTo(chosen.right(), org.assertj.core.data.Offset.offset(0.01));
        assertNoErrorShown();
    }

    @Test
    void aDamagedLayoutFileGivesTheDefaultLayoutAndAReadOnlyFolderIsLeftAlone() throws Exception {
        Files.writeString(dir.resolve(PaneLayout.FILE), "divider.left=oops\n");
        assertThat(PaneLayout.read(dir)).isEmpty();
        assertThat(PaneLayout.read(dir.resolve("nowhere"))).isEmpty();
        assertThat(PaneLayout.DEFAULT.write(dir.resolve("nowhere"))).isFalse();
        assertThat(new PaneLayout(2, -1, null, 900)).isEqualTo(new PaneLayout(0.6, 0.7, "", 300));
    }

    @Test
    void aLayoutSavedWithTheTabsPositionBeforeTheCodesTabOpensOnTheSameTab() throws Exception {
        Files.writeString(dir.resolve(PaneLayout.FILE), "divider.left=0.25\ndivider.right=0.7\ntab=2\nzoom=110\n");
        assertThat(PaneLayout.read(dir)).contains(new PaneLayout(0.25, 0.7, "nav-memos", 110));
        Files.writeString(dir.resolve(PaneLayout.FILE), "divider.left=0.25\ndivider.right=0.7\ntab=9\nzoom=110\n");
        assertThat(PaneLayout.read(dir)).contains(new PaneLayout(0.25, 0.7, "", 110));

        assertThat(new PaneLayout(0.25, 0.7, "nav-queries", 110).write(dir)).isTrue();
        java.util.Properties written = new java.util.Properties();
        try (var in = Files.newBufferedReader(dir.resolve(PaneLayout.FILE))) {
            written.load(in);
        }
        assertThat(written.getProperty("tab")).as("the position older versions read").isEqualTo("3");
        assertThat(PaneLayout.read(dir)).contains(new PaneLayout(0.25, 0.7, "nav-queries", 110));
    }
}
