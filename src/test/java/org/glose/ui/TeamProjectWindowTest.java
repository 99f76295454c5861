package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.glose.core.coding.ApplyCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.store.PgTestServer;
import org.glose.store.ProjectCopy;
import org.glose.store.ProjectStores;
import org.glose.ui.testing.FxThreadGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team project (the sample copied to the PostgreSQL test server; skipped without one): another
 * coder's work shows without a restart.
 */
class TeamProjectWindowTest extends WindowTestBase {

    private static String url;

    @BeforeAll
    static void sampleOnTheServer() {
        System.setProperty("glose.serverPollMillis", "200");
        url = PgTestServer.freshDatabase();
        ProjectCopy.copy(template, null, Path.of(url), null);
    }

    @AfterAll
    static void dropIt() {
        if (url != null) {
            PgTestServer.drop(url);
        }
    }

    @Override
    ProjectOpener guardedOpener() {
        ProjectOpener folders = super.guardedOpener();
        return new ProjectOpener() {
            @Override
            public OpenProject startup() {
                return new OpenProject(new FxThreadGuard(ProjectStores.open(Path.of(url), null), violations));
            }

            @Override
            public OpenProject open(Path f) {
                return folders.open(f);
            }

            @Override
            public OpenProject create(Path f, String name) {
                return folders.create(f, name);
            }

            @Override
            public void remember(Path f) {
            }
        };
    }

    @Test
    void anotherCodersCodingShowsInTheCodebookCountWithoutARestart() throws Exception {
        Code code = fx(() -> app.window().codebookView().codebook().depthFirst().get(0));
        int before = references(code);
        try (OpenProject yanis = new OpenProject(ProjectStores.open(Path.of(url), null))) {
            Document study = yanis.read(tx -> tx.documents().list()).stream()
                    .filter(d -> d.name().equals(STUDY)).findFirst().orElseThrow();
            yanis.execute(new ApplyCode(study.id(), code.id(), "yanis", PASSAGE));
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> references(code) == before + 1);
        awaitIdle();
        assertThat(shownCount(code)).contains(String.valueOf(before + 1));
    }
}
