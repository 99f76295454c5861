package org.glose.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.glose.core.model.Code;
import java.util.stream.Collectors;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectTest {

    @TempDir
    Path dir;

    @Test
    void firstLaunchProjectHasTheCorpusTheCodebookAndTwoCodersCodings() {
        Path folder = dir.resolve("sample");
        try (OpenProject project = SampleProject.create(folder)) {
            assertThat(project.read(tx -> tx.documents().list()).stream().map(Document::name))
                    .containsExactlyInAnyOrder("offre-de-stage.docx", "conference-plateformes-2019.pdf",
                            "ingechef-data-gouv-terr.txt");
            List<Code> codes = project.read(tx -> tx.codes().list());
            assertThat(codes).hasSizeGreaterThanOrEqualTo(20);
            List<Coding> codings = project.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(codings).hasSizeBetween(40, 50);
            Set<Long> coders = codings.stream().map(Coding::coderId).collect(Collectors.toSet());
            assertThat(coders).hasSize(2);
            assertThat(project.history().nextUndo()).isEmpty();
        }
        // reopening finds everything again
        try (OpenProject again = new OpenProject(H2ProjectStore.open(folder))) {
            assertThat(again.name()).isEqualTo(SampleProject.NAME);
            List<Coding> codings = again.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(codings).hasSizeBetween(40, 50);
        }
    }

    @Test
    void everyExampleQuoteIsFoundWordForWordInTheImportedText() {
        try (OpenProject project = SampleProject.create(dir.resolve("p"))) {
            for (Coding c : project.read(tx -> tx.codings().list(CodingFilter.ALL))) {
                String text = project.read(tx -> tx.documents().text(c.documentId()));
                assertThat(c.range().of(text)).isNotBlank().doesNotStartWith(" ");
            }
        }
    }
}
