package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cases, case assign and attributes import. */
class CasesCommandsTest {

    @TempDir
    Path dir;

    Path project;

    @BeforeEach
    void projectWithTwoDocuments() throws Exception {
        project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Cli.run("import", project, Cli.sample(Cli.TXT), Files.writeString(dir.resolve("entretien.txt"), "Bonjour."))
                .exits(0);
    }

    @Test
    void assignDocumentsAndImportAttributes() throws Exception {
        assertThat(Cli.run("case", "assign", project, "--case", "Ingéchef", "--document", Cli.TXT).exits(0).out())
                .contains("to the case \"Ingéchef\"");
        Cli.run("case", "assign", project, "--case", "Ingéchef", "--document", "entretien.txt").exits(0);
        assertThat(Cli.run("case", "assign", project, "--case", "Ingéchef", "--document", "entretien.txt")
                .exits(2).err()).contains("already belongs");
        assertThat(Cli.run("case", "assign", project, "--case", "X", "--document", "nope").exits(2).err())
                .contains("no document");

        Path csv = Files.writeString(dir.resolve("attributes.csv"), "case,attribute,value\n"
                + "Ingéchef,type,\"association, étude\"\n"
                + "Ingéchef,année,2021\n"
                + "\n"
                + "Mairie,type,collectivité\n");
        assertThat(Cli.run("attributes", "import", project, csv).exits(0).out().strip())
                .isEqualTo("Imported 3 attribute value(s).");

        JsonNode cases = Cli.run("cases", project, "--json").exits(0).json();
        assertThat(cases).hasSize(2);
        JsonNode ingechef = cases.get(0);
        List<String> fields = new ArrayList<>();
        ingechef.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "guid", "name", "documents", "attributes");
        assertThat(ingechef.get("name").asText()).isEqualTo("Ingéchef");
        assertThat(ingechef.get("documents").toString()).isEqualTo("[\"entretien.txt\",\"" + Cli.TXT + "\"]");
        assertThat(ingechef.get("attributes").toString())
                .isEqualTo("{\"année\":\"2021\",\"type\":\"association, étude\"}");
        JsonNode mairie = cases.get(1);
        assertThat(mairie.get("documents")).isEmpty();
        assertThat(mairie.get("attributes").get("type").asText()).isEqualTo("collectivité");

        String text = Cli.run("cases", project).exits(0).out();
        assertThat(text).contains("Ingéchef: entretien.txt, " + Cli.TXT + "\n  année = 2021\n",
                "Mairie: no documents\n");
    }

    @Test
    void attributesImportIsAllOrNone() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "case,attribute,value\n"
                + "A,age,34\n"
                + "B,age,40\n"
                + ",age,50\n");
        assertThat(Cli.run("attributes", "import", project, csv).exits(2).err()).startsWith("Line 4: ");
        assertThat(Cli.run("cases", project, "--json").json()).isEmpty();

        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "case,attribute,value\nA,age\n");
        assertThat(Cli.run("attributes", "import", project, ragged).exits(2).err())
                .isEqualTo("Line 2: expected 3 fields, found 2.\n");
        Path header = Files.writeString(dir.resolve("header.csv"), "case,attribute\nA,age\n");
        assertThat(Cli.run("attributes", "import", project, header).exits(2).err()).contains("\"value\" is missing");
        Path quote = Files.writeString(dir.resolve("quote.csv"), "case,attribute,value\nA,age,\"34\n");
        assertThat(Cli.run("attributes", "import", project, quote).exits(2).err()).contains("not valid CSV");
        assertThat(Cli.run("cases", project, "--json").json()).isEmpty();
    }
}
