package org.glose.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerTurnsTest {

    private static final String TRANSCRIPT = "Entretien n° 3\n\nQ : Vous utilisez les données le soir ?\n"
            + "R : Oui, le soir,\nsurtout en hiver. 😀\n\nQ: Pourquoi ?\nANNE-MARIE: Parce que…\n";

    @TempDir
    Path dir;

    @Test
    void turnsRunFromAfterTheNameToTheNextSpeakerWithoutBlanks() {
        List<SpeakerTurns.Turn> turns = SpeakerTurns.parse(TRANSCRIPT);
        assertThat(turns).extracting(SpeakerTurns.Turn::speaker).containsExactly("Q", "R", "Q", "ANNE-MARIE");
        assertThat(turns.get(0).range().of(TRANSCRIPT)).isEqualTo("Vous utilisez les données le soir ?");
        assertThat(turns.get(1).range().of(TRANSCRIPT)).isEqualTo("Oui, le soir,\nsurtout en hiver. 😀");
        assertThat(turns.get(3).range().of(TRANSCRIPT)).isEqualTo("Parce que…");
        assertThat(SpeakerTurns.speakers(turns)).extracting(SpeakerTurns.Speaker::name, SpeakerTurns.Speaker::turns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Q", 2), org.assertj.core.groups.Tuple.tuple("R", 1),
                        org.assertj.core.groups.Tuple.tuple("ANNE-MARIE", 1));
    }

    @Test
    void textWithoutSpeakersHasNoTurns() {
        assertThat(SpeakerTurns.parse("Une étude.\nSans locuteurs, ni deux-points en tête de ligne.")).isEmpty();
    }

    @Test
    void chosenSpeakersBecomeCodesAndCasesInOneUndoableAction() {
        try (OpenProject project = TestProjects.create(dir.resolve("p"))) {
            Document doc = TestProjects.addDocument(project, "entretien-3.txt", TRANSCRIPT);
            int coded = project.execute(new CodeSpeakerTurns(doc.id(), Set.of("Q", "R"), null, "ana", true));
            assertThat(coded).isEqualTo(3);
            Code q = project.read(tx -> tx.codes().codebook().byPath("Speakers/Q")).orElseThrow();
            List<Coding> codings = project.read(tx -> tx.codings().list(CodingFilter.ofCode(q.id())));
            assertThat(codings).extracting(c -> c.range().of(TRANSCRIPT))
                    .containsExactly("Vous utilisez les données le soir ?", "Pourquoi ?");
            List<ProjectCase> cases = project.read(tx -> tx.cases().list());
            assertThat(cases).extracting(ProjectCase::name).containsExactlyInAnyOrder("Q", "R");
            Optional<Code> anne = project.read(tx -> tx.codes().codebook().byPath("Speakers/ANNE-MARIE"));
            assertThat(anne).isEmpty();

            project.undo();
            List<Coding> left = project.read(tx -> tx.codings().list(CodingFilter.ALL));
            assertThat(left).isEmpty();
            int codes = project.read(tx -> tx.codes().codebook().size());
            assertThat(codes).isZero();
            List<ProjectCase> noCases = project.read(tx -> tx.cases().list());
            assertThat(noCases).isEmpty();
        }
    }

    @Test
    void aDocumentWithoutTurnsOfTheChosenSpeakersIsRefusedAndNothingChanges() {
        try (OpenProject project = TestProjects.create(dir.resolve("p"))) {
            Document doc = TestProjects.addDocument(project, "etude.txt", "Une étude sans locuteurs.");
            assertThatThrownBy(() -> project.execute(new CodeSpeakerTurns(doc.id(), Set.of("Q"), null, "ana", true)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no turn");
            int codes = project.read(tx -> tx.codes().codebook().size());
            assertThat(codes).isZero();
        }
    }
}
