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
                .isEqualTo("Imported 3 attribute value(s).\nNew attribute “année”: number (every value is a number).");

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

    @Test
    void attributesHaveATypeGivenWhenCreatedOrChangedListedInJson() throws Exception {
        Cli.run("case", "assign", project, "--case", "Anna", "--document", Cli.TXT).exits(0);
        Cli.run("case", "assign", project, "--case", "Bruno", "--document", "entretien.txt").exits(0);
        assertThat(Cli.run("attributes", "add", project, "âge", "--type", "number").exits(0).out())
                .isEqualTo("Created the number attribute \"âge\".\n");
        Cli.run("attributes", "add", project, "statut", "--type", "choice", "--choices", "cadre,agent").exits(0);
        Cli.run("attributes", "add", project, "note").exits(0);
        assertThat(Cli.run("attributes", "add", project, "x", "--type", "colour").exits(2).err())
                .isEqualTo("The type \"colour\" is not one of text, number, date, choice.\n");

        assertThat(Cli.run("attributes", "set", project, "--case", "Anna", "--attribute", "âge", "--value", "abc")
                .exits(2).err()).isEqualTo("“abc” is not a number for attribute âge.\n");
        Cli.run("attributes", "set", project, "--case", "Anna", "--attribute", "âge", "--value", "41").exits(0);
        Cli.run("attributes", "set", project, "--case", "Bruno", "--attribute", "âge", "--value", "9").exits(0);
        Cli.run("attributes", "set", project, "--case", "Anna", "--attribute", "note", "--value", "vu").exits(0);

        JsonNode list = Cli.run("attributes", "list", project, "--json").exits(0).json();
        assertThat(list).hasSize(3);
        List<String> fields = new ArrayList<>();
        list.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "guid", "name", "type", "choices");
        assertThat(list.get(0).get("name").asText()).isEqualTo("note");
        assertThat(list.get(0).get("type").asText()).isEqualTo("text");
        assertThat(list.get(1).get("type").asText()).isEqualTo("choice");
        assertThat(list.get(1).get("choices").toString()).isEqualTo("[\"cadre\",\"agent\"]");
        assertThat(list.get(2).get("type").asText()).isEqualTo("number");
        assertThat(list.get(2).get("choices")).isEmpty();

        assertThat(Cli.run("attributes", "set-type", project, "note", "--type", "date").exits(2).err())
                .isEqualTo("The case “Anna” holds “vu” for note, which is not a date (yyyy-MM-dd): note stays "
                        + "text.\n");
        assertThat(Cli.run("attributes", "list", project).exits(0).out()).contains("note: text\n",
                "statut: choice (cadre, agent)\n");
        Cli.run("attributes", "set-type", project, "note", "--type", "choice", "--choices", "vu,lu").exits(0);

        JsonNode older = Cli.run("matrix", project, "--columns", "attribute:âge", "--json").exits(0).json();
        assertThat(older.toString()).containsSubsequence("\"9\"", "\"41\"");
        assertThat(Cli.run("search", project, "Bonjour", "--attribute", "âge>10", "--json").exits(0)
                .out()).doesNotContain("entretien.txt");
    }
}
