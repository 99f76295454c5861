package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.glose.core.model.Attribute;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.NewDocument;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;
import org.glose.interchange.codebook.QdcWriter;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact {@code project.qde} and {@code .qdc} of a small project with fixed GUIDs and a fixed clock, compared
 * with golden files in src/test/resources/refi-qda/golden (rewrite them with -Dglose.updateGoldens=true).
 */
class QdpxGoldenTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-06T07:08:09Z"), ZoneOffset.UTC);
    static final Instant T = Instant.parse("2025-05-01T12:00:00Z");

    @TempDir
    Path dir;

    private OpenProject smallProject() {
        H2ProjectStore.create(dir.resolve("p"), "Golden").close();
        OpenProject p = new OpenProject(H2ProjectStore.open(dir.resolve("p"), CLOCK));
        p.execute(new Command<Void>() {
            @Override
            public String label() {
                return "golden";
            }

            @Override
            public Applied<Void> apply(Tx tx) {
                String text = "Un café 😀 partagé.\nLa donnée est un commun.";
                Document d = tx.documents().insert(new NewDocument("entretien", "txt", "entretien.txt",
                        text.getBytes(StandardCharsets.UTF_8), "sha", text, null, "UTF-8", "fr"),
                        "00000000-0000-4000-8000-000000000001", T);
                long ana = tx.coders().insert("ana", "00000000-0000-4000-8000-0000000000a1").id();
                Code parent = tx.codes().insert(null, "Communs", new CodeDetails("#E69F00", "Ce qui est partagé.",
                        "Gestion collective.", null, "« un commun »"), "00000000-0000-4000-8000-0000000000c1", 0);
                Code child = tx.codes().insert(parent.id(), "Café & <partage>", CodeDetails.colour("#56B4E9"),
                        "00000000-0000-4000-8000-0000000000c2", 0);
                Coding c = tx.codings().insert(d.id(), child.id(), ana, new TextRange(3, 18),
                        "00000000-0000-4000-8000-0000000000d1", T);
                tx.codings().insert(d.id(), parent.id(), ana, new TextRange(text.indexOf("un commun"), text.length()),
                        "00000000-0000-4000-8000-0000000000d2", T);
                tx.memos().insert("Pourquoi", "Le café\r\nrassemble.", null, null, c.id(), ana,
                        "00000000-0000-4000-8000-0000000000e1", T);
                ProjectCase r1 = tx.cases().insert("R1", "Première personne", "00000000-0000-4000-8000-0000000000f1");
                tx.cases().assign(r1.id(), d.id());
                Attribute age = tx.cases().insertAttribute("âge", "00000000-0000-4000-8000-0000000000f2");
                tx.cases().setValue(r1.id(), age.id(), "41");
                return Applied.of(null, this);
            }
        });
        return p;
    }

    private static void assertGolden(byte[] actual, String name) throws IOException {
        Path golden = Path.of("src/test/resources/refi-qda/golden", name);
        if (Boolean.getBoolean("glose.updateGoldens")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
        }
        try (InputStream in = QdpxGoldenTest.class.getResourceAsStream("/refi-qda/golden/" + name)) {
            assertThat(in).as("golden file " + name + " (create it with -Dglose.updateGoldens=true)").isNotNull();
            assertThat(new String(actual, StandardCharsets.UTF_8))
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void projectFile() throws Exception {
        Path qdpx = dir.resolve("golden.qdpx");
        try (OpenProject p = smallProject()) {
            RefiFixtures.export(p, qdpx, CLOCK);
        }
        byte[] qde = RefiFixtures.entry(qdpx, "project.qde");
        RefiFixtures.assertValid(qde, "Project-mrt2019.xsd");
        assertGolden(qde, "golden-project.qde");
        assertThat(new String(RefiFixtures.entry(qdpx, "sources/00000000-0000-4000-8000-000000000001.txt"),
                StandardCharsets.UTF_8)).isEqualTo("Un café 😀 partagé.\nLa donnée est un commun.");
    }

    @Test
    void codebookFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OpenProject p = smallProject()) {
            QdcWriter.write(p.read(tx -> tx.codes().codebook()), out);
        }
        RefiFixtures.assertValid(out.toByteArray(), "Codebook.xsd");
        assertGolden(out.toByteArray(), "golden-codebook.qdc");
    }
}
