package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.analysis.AnalysisService.CoOccurrenceResult;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.analysis.data.DataHash;
import org.glose.core.analysis.data.Passage;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters and loading on the sample project (3 documents, 46 codings by camille and yanis), with two cases:
 * "Offre" (the offer, role = agent) and "Études" (the report and the study, role = chercheur).
 */
class AnalysisLoaderTest {

    @TempDir
    static Path dir;
    static OpenProject project;

    @BeforeAll
    static void sample() {
        project = SampleProject.create(dir.resolve("sample"));
        long offer = document("offre-de-stage.docx").id();
        project.execute(new AssignCase("Offre", offer));
        project.execute(new AssignCase("Études", document("conference-plateformes-2019.pdf").id()));
        project.execute(new AssignCase("Études", document("ingechef-data-gouv-terr.txt").id()));
        project.execute(new ImportAttributes(List.of(new AttributeRow(2, "Offre", "role", "agent"),
                new AttributeRow(3, "Études", "role", "chercheur"))));
    }

    @AfterAll
    static void close() {
        project.close();
    }

    static Document document(String name) {
        return project.read(tx -> tx.documents().byName(name)).orElseThrow();
    }

    static CodedData load(AnalysisFilter filter) {
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, filter, false));
        return data;
    }

    @Test
    void everythingByDefault() {
        CodedData data = load(AnalysisFilter.ALL);
        assertThat(data.codings()).hasSize(46);
        assertThat(data.codes()).hasSize(29);
        assertThat(data.documents()).extracting(Document::name).containsExactly("conference-plateformes-2019.pdf",
                "ingechef-data-gouv-terr.txt", "offre-de-stage.docx");
        assertThat(data.cases()).hasSize(2);
    }

    @Test
    void coders() {
        CodedData data = load(AnalysisFilter.ALL.withCoders(Set.of("camille")));
        assertThat(data.codings()).isNotEmpty().allMatch(c -> data.coderName(c.coderId()).equals("camille"));
        assertThat(data.codings().size()).isLessThan(46);
    }

    @Test
    void documentsCasesAndAttributes() {
        assertThat(load(AnalysisFilter.ALL.withDocuments(Set.of("offre-de-stage.docx"))).documents()).hasSize(1);
        CodedData studies = load(AnalysisFilter.ALL.withCases(Set.of("Études")));
        assertThat(studies.documents()).extracting(Document::name).containsExactly("conference-plateformes-2019.pdf",
                "ingechef-data-gouv-terr.txt");
        assertThat(studies.cases()).hasSize(1);
        CodedData agents = load(AnalysisFilter.ALL.withAttribute("role", Set.of("agent")));
        assertThat(agents.documents()).extracting(Document::name).containsExactly("offre-de-stage.docx");
        long offer = agents.documents().get(0).id();
        assertThat(agents.codings()).isNotEmpty().allMatch(c -> c.documentId() == offer);
    }

    @Test
    void aCodeSubtree() {
        CodedData communs = load(AnalysisFilter.ALL.withCodeSubtree("Communs"));
        assertThat(communs.codes()).extracting(Code::name).startsWith("Communs").hasSize(9);
        Set<Long> ids = communs.codes().stream().map(Code::id).collect(java.util.stream.Collectors.toSet());
        assertThat(communs.codings()).extracting(Coding::codeId).allMatch(ids::contains);
    }

    @Test
    void unknownNamesAreRefusedInOneSentence() {
        assertThatThrownBy(() -> load(AnalysisFilter.ALL.withCoders(Set.of("zoé"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("There is no coder \"zoé\" in the project (coders: camille, yanis).");
        assertThatThrownBy(() -> load(AnalysisFilter.ALL.withCases(Set.of("Nulle part"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> load(AnalysisFilter.ALL.withAttribute("role", Set.of("élu"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("No case has the value \"élu\" for the attribute \"role\" (values: agent, chercheur).");
        assertThatThrownBy(() -> load(AnalysisFilter.ALL.withCodeSubtree("Nope")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AnalysisFilter.parseAttributes(List.of("role")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDataHashChangesWithTheDataOnly() {
        String all = DataHash.of(load(AnalysisFilter.ALL));
        assertThat(DataHash.of(load(AnalysisFilter.ALL))).isEqualTo(all).hasSize(64);
        assertThat(DataHash.of(load(AnalysisFilter.ALL.withCoders(Set.of("yanis"))))).isNotEqualTo(all);
    }

    @Test
    void theSupervisorsCellCommunsTimesGouvernanceHasPassages() {
        CoOccurrenceResult result = AnalysisService.cooccurrence(project, AnalysisFilter.ALL,
                new CoOccurrenceOptions(CoOccurrenceUnit.DOCUMENT, 0, Measure.COUNT, true));
        int communs = AnalysisService.row(result.data(), "Communs");
        int gouvernance = AnalysisService.row(result.data(), "Gouvernance des données");
        assertThat(result.table().count(communs, gouvernance)).isEqualTo(1);
        List<Passage> passages = AnalysisService.cooccurrencePassages(project, result, "Communs",
                "Gouvernance des données");
        assertThat(passages).isNotEmpty().allMatch(p -> p.documentName().equals("ingechef-data-gouv-terr.txt"));
        assertThat(passages).extracting(Passage::text).contains(
                "il existe un problème général de confiance des acteurs vis-à-vis de la donnée");
    }

    @Test
    void paragraphsAreLoadedOnlyWhenAsked() {
        CodedData data = project.read(tx -> AnalysisLoader.load(tx, AnalysisFilter.ALL, true));
        assertThat(data.paragraphsOf(data.documents().get(0).id()).count()).isGreaterThan(1);
        assertThat(Map.copyOf(load(AnalysisFilter.ALL).paragraphs())).isEmpty();
    }

    // Analyses read the codings through the repository's lean read (id, document, code, coder, range): it must
    // give exactly what the full read gives, and the loaded data the full read's codings in their order.

    /** A coding without what the lean read leaves out. */
    private static Coding lean(Coding c) {
        return new Coding(c.id(), null, c.documentId(), c.codeId(), c.coderId(), c.range(), null);
    }

    @Test
    void theLeanReadGivesEveryCodingAsTheFullReadDoes() {
        List<Coding> full = project.read(tx -> tx.codings().list(CodingFilter.ALL));
        List<Coding> scanned = project.read(tx -> {
            List<Coding> rows = new ArrayList<>();
            tx.codings().scan((id, document, code, coder, start, end) -> rows.add(new Coding(id, null, document,
                    code, coder, new TextRange(start, end), null)));
            return rows;
        });
        assertThat(full).hasSize(46);
        assertThat(scanned).containsExactlyInAnyOrderElementsOf(full.stream().map(AnalysisLoaderTest::lean).toList());
    }

    @Test
    void theAnalysisDataHoldsTheFullReadsCodingsInItsOrder() {
        List<Coding> full = project.read(tx -> tx.codings().list(CodingFilter.ALL));
        assertThat(project.read(tx -> AnalysisLoader.load(tx, AnalysisFilter.ALL, false)).codings())
                .containsExactlyElementsOf(full.stream().map(AnalysisLoaderTest::lean).toList());

        long camille = project.read(tx -> tx.coders().byName("camille")).orElseThrow().id();
        List<Coding> camilles = full.stream().filter(c -> c.coderId() == camille).map(AnalysisLoaderTest::lean)
                .toList();
        assertThat(camilles).isNotEmpty().hasSizeLessThan(full.size());
        assertThat(project.read(tx -> AnalysisLoader.load(tx, AnalysisFilter.ALL.withCoders(Set.of("camille")),
                false)).codings()).containsExactlyElementsOf(camilles);
    }
}
