package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.model.Coding;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.sample.SampleProject;
import org.glose.store.H2ProjectStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** glose coders, agreement and merge on the sample project. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementCommandsTest {

    @TempDir
    static Path dir;
    Path sample;

    @BeforeAll
    void sampleProject() {
        sample = dir.resolve("sample");
        SampleProject.create(sample).close();
    }

    /** A copy of the sample project (quicker than building it again). */
    private Path copyOfSample(String name) throws java.io.IOException {
        Path target = dir.resolve(name);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(sample)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(sample.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(to);
                } else if (!f.getFileName().toString().endsWith(".lock.db")) {
                    java.nio.file.Files.copy(f, to);
                }
            }
        }
        return target;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void codersListsBothSampleCodersWithTheirCodings() {
        JsonNode coders = Cli.run("coders", sample, "--json").exits(0).json();
        assertThat(coders.size()).isEqualTo(2);
        assertThat(fields(coders.get(0))).containsExactly("id", "guid", "name", "codings", "documents", "memos");
        assertThat(coders.get(0).get("codings").asInt() + coders.get(1).get("codings").asInt()).isEqualTo(46);
        assertThat(Cli.run("coders", sample).exits(0).out()).contains("camille").contains("yanis");
    }

    @Test
    void agreementJsonHasOneRowPerUsedCodeWithTheDocumentedFields() {
        JsonNode report = Cli.run("agreement", sample, "--coders", "camille,yanis", "--json").exits(0).json();
        assertThat(fields(report)).containsExactly("unit", "coders", "documents", "codes", "overall");
        assertThat(report.get("unit").asText()).isEqualTo("character");
        assertThat(report.get("coders").toString()).isEqualTo("[\"camille\",\"yanis\"]");
        JsonNode codes = report.get("codes");
        assertThat(codes.size()).isGreaterThan(5);
        for (JsonNode row : codes) {
            assertThat(fields(row)).containsExactly("code", "units", "percent", "cohen_kappa", "fleiss_kappa",
                    "krippendorff_alpha", "gwet_ac1", "ci");
            assertThat(row.get("percent").asDouble()).isBetween(0.0, 100.0);
            assertThat(fields(row.get("ci"))).containsExactly("level", "resamples", "seed", "percent", "cohen_kappa",
                    "fleiss_kappa", "krippendorff_alpha", "gwet_ac1");
            assertThat(row.get("ci").get("resamples").asInt()).isEqualTo(1000);
        }
        JsonNode overall = report.get("overall");
        assertThat(overall.get("code").isNull()).isTrue();
        assertThat(overall.get("cohen_kappa").isNumber()).isTrue();
        JsonNode ci = overall.get("ci").get("cohen_kappa");
        assertThat(fields(ci)).containsExactly("low", "high", "defined");
        assertThat(ci.get("low").asDouble()).isLessThanOrEqualTo(ci.get("high").asDouble());
        assertThat(ci.get("defined").asInt()).isEqualTo(1000);
        // the same seed gives the same output
        assertThat(Cli.run("agreement", sample, "--coders", "camille,yanis", "--json").exits(0).out())
                .isEqualTo(Cli.run("agreement", sample, "--coders", "camille,yanis", "--json").out());
    }

    @Test
    void threeCodersHaveNoCohenKappaAndACodeNobodyUsedHasUndefinedValues() throws Exception {
        Path copy = copyOfSample("three");
        try (OpenProject p = new OpenProject(H2ProjectStore.open(copy))) {
            List<Coding> codings = p.read(tx -> tx.codings().list(CodingFilter.ALL));
            for (Coding c : codings.subList(0, 10)) {
                p.execute(new ApplyCode(c.documentId(), c.codeId(), "zoé", c.range()));
            }
        }
        JsonNode report = Cli.run("agreement", copy, "--coders", "camille,yanis,zoé", "--unit", "paragraph",
                "--json").exits(0).json();
        assertThat(report.get("codes").get(0).get("cohen_kappa").isNull()).isTrue();
        assertThat(report.get("overall").get("fleiss_kappa").isNumber()).isTrue();

        String unused = null;
        for (JsonNode code : Cli.run("codes", copy, "--json").exits(0).json()) {
            if (code.get("codings").asInt() == 0) {
                unused = code.get("path").asText();
                break;
            }
        }
        JsonNode row = Cli.run("agreement", copy, "--coders", "camille,yanis", "--code", unused, "--json")
                .exits(0).json().get("codes").get(0);
        assertThat(row.get("percent").asDouble()).isCloseTo(100.0, within(1e-12));
        assertThat(row.get("cohen_kappa").isNull()).isTrue();
        assertThat(row.get("krippendorff_alpha").isNull()).isTrue();
        assertThat(row.get("ci").get("cohen_kappa").isNull()).isTrue();
    }

    @Test
    void badRequestsAreRefusedInOneSentence() {
        Cli.Result one = Cli.run("agreement", sample, "--coders", "camille").exits(2);
        assertThat(one.err().strip()).isEqualTo("Agreement compares at least two coders; only camille was given.");
        assertThat(Cli.run("agreement", sample, "--coders", "camille,zoé").exits(2).err())
                .contains("There is no coder named \"zoé\"");
        assertThat(Cli.run("agreement", sample, "--coders", "camille,yanis", "--unit", "word").exits(2).err())
                .contains("character, paragraph, document or segment");
        Cli.run("agreement", sample).exits(1);
        Cli.run("agreement", dir.resolve("nowhere"), "--coders", "a,b").exits(3);
    }

    @Test
    void mergeShowsAPreviewThenMergesAndRefusesToMergeAProjectIntoItself() throws Exception {
        Path mine = copyOfSample("mine");
        Path theirs = copyOfSample("theirs");
        try (OpenProject p = new OpenProject(H2ProjectStore.open(theirs))) {
            Coding c = p.read(tx -> tx.codings().list(CodingFilter.ALL)).get(0);
            p.execute(new ApplyCode(c.documentId(), c.codeId(), "lea", c.range()));
        }
        JsonNode preview = Cli.run("merge", mine, theirs, "--dry-run", "--json").exits(0).json();
        assertThat(fields(preview)).containsExactly("dry_run", "source", "documents_added", "documents_matched",
                "codes_added", "codes_matched", "coders_added", "codings_added", "codings_present", "memos_added",
                "conflicts");
        assertThat(preview.get("dry_run").asBoolean()).isTrue();
        assertThat(preview.get("documents_added").size()).isZero();
        assertThat(preview.get("documents_matched").asInt()).isEqualTo(3);
        assertThat(preview.get("codings_added").asInt()).isEqualTo(1);
        assertThat(preview.get("codings_present").asInt()).isEqualTo(46);
        assertThat(preview.get("conflicts").size()).isZero();
        assertThat(Cli.run("coders", mine, "--json").exits(0).json().size()).isEqualTo(2); // nothing changed
        String text = Cli.run("merge", mine, theirs).exits(0).out();
        assertThat(text).contains("Added 1 coding(s); 46 already here.").contains("Added 1 coder(s) (lea).");
        assertThat(Cli.run("coders", mine, "--json").exits(0).json().size()).isEqualTo(3);
        assertThat(Cli.run("merge", mine, theirs).exits(0).out()).contains("Nothing new to merge.");
        // the colleague's one-file export merges the same way
        Path export = dir.resolve("theirs.qdpx");
        try (OpenProject p = new OpenProject(H2ProjectStore.open(theirs))) {
            List<Coding> all = p.read(tx -> tx.codings().list(CodingFilter.ALL));
            Coding c = all.get(all.size() - 1);
            p.execute(new ApplyCode(c.documentId(), c.codeId(), "lea", c.range()));
        }
        Cli.run("export", theirs, "--format", "qdpx", "--out", export).exits(0);
        JsonNode fromFile = Cli.run("merge", mine, export, "--dry-run", "--json").exits(0).json();
        assertThat(fromFile.get("documents_added").size()).isZero();
        assertThat(fromFile.get("codings_added").asInt()).isEqualTo(1);
        assertThat(Cli.run("merge", mine, mine).exits(2).err().strip())
                .isEqualTo("A project cannot be merged into itself.");
        Cli.run("merge", mine, dir.resolve("nowhere")).exits(3);
    }
}
