package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CreateCode;
import org.glose.core.model.Code;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.store.ServerDatabases;
import org.glose.store.ProjectStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A window on a team project hears of another coder's changes without a restart (skipped without a server). */
class ServerChangeWatchTest {

    @RegisterExtension
    final ServerDatabases server = new ServerDatabases();
    private String url;

    @BeforeAll
    static void lookOften() {
        System.setProperty("glose.serverPollMillis", "50");
    }

    @Test
    void anotherClientsCodingReachesTheWatchingClientsListenersAndItsNextReadShowsIt() throws Exception {
        url = server.fresh();
        Document d;
        Code code;
        try (OpenProject owner = new OpenProject(ProjectStores.create(Path.of(url), "T", null))) {
            d = org.glose.store.TestProjects.addDocument(owner, "a.txt", org.glose.store.TestProjects.TEXT);
            code = owner.execute(new CreateCode(null, "Communs", null));
        }
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (OpenProject camille = new OpenProject(ProjectStores.open(Path.of(url), null));
             OpenProject yanis = new OpenProject(ProjectStores.open(Path.of(url), null))) {
            ServerChangeWatch.follow(camille, heard::add);
            yanis.execute(new ApplyCode(d.id(), code.id(), "yanis", TextRange.of(0, 5)));
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo(ServerChangeWatch.LABEL);
            java.util.List<org.glose.core.model.Coding> seen = camille.read(tx -> tx.codings().list(CodingFilter.ofCode(code.id())));
            assertThat(seen).hasSize(1);
        }
    }
}
