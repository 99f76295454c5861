package org.glose.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.analysis.agreement.AgreementValues.Statistic;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Agreement between the sample project's two coders, checked against a naive per-character count. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementServiceTest {

    @TempDir
    static Path dir;
    OpenProject project;

    @BeforeAll
    void openSample() {
        project = SampleProject.create(dir.resolve("sample"));
    }

    @AfterAll
    void close() {
        project.close();
    }

    private AgreementReport report(Unit unit) {
        AgreementRequest request = AgreementRequest.of(List.of("camille", "yanis"), unit);
        AgreementReport report = project.read(tx -> AgreementService.compute(tx, request));
        return report;
    }

    @Test
    void characterAgreementOfTheSampleEqualsANaiveCountOverEveryCharacter() {
        AgreementReport report = report(Unit.CHARACTER);
        List<Coding> codings = project.read(tx -> tx.codings().list(CodingFilter.ALL));
        List<Document> documents = project.read(tx -> tx.documents().list());
        Codebook book = project.read(tx -> tx.codes().codebook());
        long camille = project.read(tx -> tx.coders().byName("camille")).orElseThrow().id();
        Set<Long> used = new HashSet<>();
        codings.forEach(c -> used.add(c.codeId()));

        // one row per code either coder used
        assertThat(report.codes()).extracting(CodeAgreement::codeId).containsExactlyInAnyOrderElementsOf(used);
        assertThat(report.coders()).containsExactly("camille", "yanis");
        assertThat(report.documents()).isEqualTo(3);

        // naive: a 2×2 table per code, marking each coder's characters and counting code point by code point
        Map<Long, long[]> cells = new HashMap<>();
        for (Document d : documents) {
            String text = project.read(tx -> tx.documents().text(d.id()));
            for (long code : used) {
                boolean[] a = new boolean[text.length()];
                boolean[] b = new boolean[text.length()];
                for (Coding c : codings) {
                    if (c.documentId() == d.id() && c.codeId() == code) {
                        java.util.Arrays.fill(c.coderId() == camille ? a : b, c.range().start(), c.range().end(), true);
                    }
                }
                long[] cell = cells.computeIfAbsent(code, k -> new long[4]);
                for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                    cell[(a[i] ? 2 : 0) + (b[i] ? 1 : 0)]++;
                }
            }
        }
        long[] total = new long[4];
        for (CodeAgreement row : report.codes()) {
            long[] cell = cells.get(row.codeId());
            for (int k = 0; k < 4; k++) {
                total[k] += cell[k];
            }
            assertThat(row.code()).isEqualTo(book.pathOf(row.codeId()));
            assertNaive(row, cell);
        }
        assertNaive(report.overall(), total);
        assertThat(report.overall().intervals()).containsKeys(Statistic.PERCENT, Statistic.COHEN_KAPPA);
        assertThat(report.seed()).isEqualTo(Bootstrap.DEFAULT_SEED);
        assertThat(report.resamples()).isEqualTo(1000);
    }

    /** κ and percent agreement from a 2×2 table {00, 01, 10, 11}, computed by hand. */
    private static void assertNaive(CodeAgreement row, long[] cell) {
        double n = cell[0] + cell[1] + cell[2] + cell[3];
        double po = (cell[0] + cell[3]) / n;
        double a1 = (cell[2] + cell[3]) / n;
        double b1 = (cell[1] + cell[3]) / n;
        double pe = a1 * b1 + (1 - a1) * (1 - b1);
        assertThat(row.units()).isEqualTo((long) n);
        assertThat(row.values().percent().getAsDouble()).isCloseTo(100 * po, within(1e-9));
        assertThat(row.values().cohenKappa().getAsDouble()).isCloseTo((po - pe) / (1 - pe), within(1e-9));
        double pi = (a1 + b1) / 2;
        double ac1pe = 2 * pi * (1 - pi);
        assertThat(row.values().gwetAc1().getAsDouble()).isCloseTo((po - ac1pe) / (1 - ac1pe), within(1e-9));
        double scottPe = pi * pi + (1 - pi) * (1 - pi);
        assertThat(row.values().fleissKappa().getAsDouble()).isCloseTo((po - scottPe) / (1 - scottPe), within(1e-9));
        // two coders, no missing values: α = 1 − (2n − 1)/(2n) · (1 − p_o)/(1 − Σ π²) (Krippendorff 2011, A)
        double alpha = 1 - (2 * n - 1) * (1 - po) / (2 * n * (1 - scottPe));
        assertThat(row.values().krippendorffAlpha().getAsDouble()).isCloseTo(alpha, within(1e-9));
    }

    @Test
    void everyUnitGivesARowPerUsedCodeAndTheSameSeedGivesTheSameIntervals() {
        for (Unit unit : Unit.values()) {
            AgreementReport first = report(unit);
            assertThat(first.codes()).isNotEmpty();
            assertThat(first.overall().values().percent()).isPresent();
            assertThat(report(unit)).isEqualTo(first);
        }
        // segment units: every coding of either coder is one unit
        long codings = project.read(tx -> tx.codings().list(CodingFilter.ALL)).size();
        assertThat(report(Unit.SEGMENT).overall().units()).isEqualTo(codings);
        assertThat(report(Unit.DOCUMENT).codes().get(0).units()).isEqualTo(3);
    }

    @Test
    void aCodeNobodyUsedHasFullAgreementAndUndefinedKappa() {
        String unusedPath = project.read(tx -> {
            Set<Long> used = new HashSet<>();
            tx.codings().list(CodingFilter.ALL).forEach(c -> used.add(c.codeId()));
            Codebook book = tx.codes().codebook();
            return book.depthFirst().stream().filter(c -> !used.contains(c.id())).findFirst()
                    .map(c -> book.pathOf(c.id())).orElseThrow();
        });
        AgreementRequest request = AgreementRequest.of(List.of("camille", "yanis"), Unit.CHARACTER)
                .withCode(unusedPath);
        AgreementReport report = project.read(tx -> AgreementService.compute(tx, request));
        assertThat(report.codes()).hasSize(1);
        AgreementValues v = report.codes().get(0).values();
        assertThat(v.percent().getAsDouble()).isEqualTo(100.0);
        assertThat(v.cohenKappa()).isEmpty();
        assertThat(v.krippendorffAlpha()).isEmpty();
        assertThat(report.codes().get(0).intervals()).doesNotContainKey(Statistic.COHEN_KAPPA);
    }

    @Test
    void oneDocumentCanBeChosenAndThenThereIsNothingToResample() {
        AgreementRequest request = AgreementRequest.of(List.of("camille", "yanis"), Unit.CHARACTER)
                .withDocuments(List.of("offre-de-stage.docx"));
        AgreementReport report = project.read(tx -> AgreementService.compute(tx, request));
        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.overall().intervals()).isEmpty(); // nothing to resample with one document
    }

    @Test
    void oneCoderOrAnUnknownCoderIsRefusedWithAClearSentence() {
        assertThatThrownBy(() -> project.read(tx -> AgreementService.compute(tx,
                AgreementRequest.of(List.of("camille"), Unit.CHARACTER))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Agreement compares at least two coders; only camille was given.");
        assertThatThrownBy(() -> project.read(tx -> AgreementService.compute(tx,
                AgreementRequest.of(List.of("camille", "camille"), Unit.CHARACTER))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> project.read(tx -> AgreementService.compute(tx,
                AgreementRequest.of(List.of("camille", "zoé"), Unit.CHARACTER))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("There is no coder named \"zoé\"").hasMessageContaining("camille, yanis");
        List<Coder> coders = project.read(tx -> tx.coders().list());
        assertThat(coders).hasSize(2);
    }
}
