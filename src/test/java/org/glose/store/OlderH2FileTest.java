package org.glose.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project written by Glose on H2 2.3.232 (before the move to H2 2.4, whose compaction on close no longer loses
 * data) opens with everything in it, takes new work and keeps it. The project in the test resources was made
 * with the Glose of commit 517e735: init, import of offre-de-stage.txt, the sample codebook, two codings.
 */
class OlderH2FileTest {

    private static final String RESOURCE = "/compat/h2-2.3.232-project/";

    @TempDir
    Path dir;

    @Test
    void aProjectOfH2_2_3OpensWhole() throws IOException {
        Path folder = unpack();
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            assertThat(p.name()).isEqualTo("Projet H2 2.3");
            long document = p.read(tx -> tx.documents().list().get(0).id());
            String text = p.read(tx -> tx.documents().text(document));
            assertThat(text).hasSize(6037).contains("Gouvernance, viabilité");
            List<Coding> codings = p.read(tx -> tx.codings().list(CodingFilter.ofDocument(document)));
            assertThat(codings).extracting(c -> c.range().start() + "-" + c.range().end())
                    .containsExactly("10-80", "200-262");
            int codes = p.read(tx -> tx.codes().codebook().size());
            assertThat(codes).isEqualTo(29);
            long code = codings.get(0).codeId();
            p.execute(new ApplyCode(document, code, "relectrice", new TextRange(300, 340)));
        }
        try (OpenProject p = new OpenProject(H2ProjectStore.open(folder))) {
            List<Coding> all = p.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(all).hasSize(3);
        }
    }

    private Path unpack() throws IOException {
        Path folder = dir.resolve("ancien");
        Files.createDirectories(folder);
        for (String file : List.of("glose.mv.db", "glose.commits")) {
            try (InputStream in = OlderH2FileTest.class.getResourceAsStream(RESOURCE + file)) {
                assertThat(in).as(file).isNotNull();
                Files.copy(in, folder.resolve(file));
            }
        }
        return folder;
    }
}
