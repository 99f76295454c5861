package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glose.sample.SampleProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --save on the analysis commands, and glose analyses: list, run again, delete. */
class AnalysesCommandTest {

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void sample() {
        project = dir.resolve("sample");
        SampleProject.create(project).close();
    }

    @Test
    void aSavedCooccurrenceRunsAgainWithTheSameSettings() {
        JsonNode direct = Cli.run("cooccurrence", project, "--unit", "document", "--measure", "jaccard",
                "--with-subcodes", "--coder", "yanis", "--order", "cluster", "--json", "--save", "Pour Anne")
                .exits(0).json();
        JsonNode again = Cli.run("analyses", project, "--run", "Pour Anne", "--json").exits(0).json();
        assertThat(again).isEqualTo(direct);

        JsonNode list = Cli.run("analyses", project, "--json").exits(0).json();
        assertThat(list).hasSize(1);
        assertThat(AnalysisCommandsTest.fields(list.get(0))).containsExactly("name", "analysis", "settings");
        assertThat(list.get(0).get("analysis").asText()).isEqualTo("cooccurrence");
        assertThat(list.get(0).get("settings").toString()).isEqualTo("[\"unit: document\",\"measure: jaccard\","
                + "\"order: cluster\",\"with-subcodes: true\",\"coder: yanis\"]");
    }

    @Test
    void matrixAndWordFrequenciesAreSavedTooAndRunWithFileOutputs() throws Exception {
        String out = Cli.run("matrix", project, "--columns", "documents", "--percent", "row", "--code", "Communs",
                "--save", "Communs par document").exits(0).out();
        assertThat(out).endsWith("Saved the analysis as \"Communs par document\".\n");
        Cli.run("frequency", project, "--words", "--limit", "5", "--stem", "--save", "Mots").exits(0);
        Cli.run("frequency", project, "--save", "Codes").exits(0);

        Path csv = dir.resolve("m.csv");
        Cli.run("analyses", project, "--run", "Communs par document", "--csv=" + csv).exits(0);
        assertThat(Files.readAllLines(csv).get(0)).startsWith("code,");
        assertThat(Files.readString(dir.resolve("m.csv.provenance.txt"))).contains("percent = row",
                "filter.code = Communs");
        assertThat(Cli.run("analyses", project, "--run", "Mots", "--json").exits(0).json()).hasSize(5);
        assertThat(Cli.run("analyses", project, "--run", "Codes", "--json").exits(0).json()).hasSize(29);

        String list = Cli.run("analyses", project).exits(0).out();
        assertThat(list).contains("Codes", "frequency", "Mots", "words", "stem: true", "columns: documents");
    }

    @Test
    void deleteAndBadInput() {
        Cli.run("frequency", project, "--save", "Codes", "--json").exits(0);
        assertThat(Cli.run("analyses", project, "--delete", "Codes").exits(0).out())
                .isEqualTo("Deleted the saved analysis \"Codes\".\n");
        assertThat(Cli.run("analyses", project, "--json").exits(0).json()).isEmpty();
        assertThat(Cli.run("analyses", project, "--run", "Codes").exits(2).err())
                .isEqualTo("There is no saved analysis \"Codes\".\n");
        assertThat(Cli.run("analyses", project, "--delete", "Codes").exits(2).err()).contains("no saved analysis");
        assertThat(Cli.run("analyses", project, "--run", "A", "--delete", "B").exits(1).err()).isNotEmpty();
        // a failed analysis saves nothing
        Cli.run("cooccurrence", project, "--coder", "zoé", "--save", "Zoé").exits(2);
        assertThat(Cli.run("cooccurrence", project, "--passages", "Communs", "Panoptique", "--save", "P").exits(2)
                .err()).isEqualTo("--save keeps the settings of a table; leave it out with --passages.\n");
        assertThat(Cli.run("analyses", project, "--json").exits(0).json()).isEmpty();
    }
}
