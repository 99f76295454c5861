package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** codebook import, codes, code, uncode, codings and codings import. */
class CodingCommandsTest {

    private static final String VALUE = "Dévoilement \\/ pouvoir \\/ captation de valeur";

    @TempDir
    Path dir;

    Path project;
    String text;

    @BeforeEach
    void projectWithTheSampleTextAndCodebook() {
        project = dir.resolve("p");
        Cli.run("init", project).exits(0);
        Cli.run("import", project, Cli.sample(Cli.TXT)).exits(0);
        text = Cli.run("text", project, Cli.TXT).exits(0).out();
        Cli.Result imported = Cli.run("codebook", "import", project, Cli.sampleCodebook()).exits(0);
        assertThat(imported.out()).matches("Created \\d+ code\\(s\\); 0 already existed.\\s*");
    }

    @Test
    void codesListParentsBeforeChildrenWithEscapedPaths() {
        JsonNode codes = Cli.run("codes", project, "--json").exits(0).json();
        assertThat(codes.size()).isEqualTo(29);
        Set<String> seen = new HashSet<>();
        List<String> paths = new ArrayList<>();
        for (JsonNode c : codes) {
            List<String> fields = new ArrayList<>();
            c.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "guid", "path", "name", "parent", "colour", "description",
                    "codings");
            if (!c.get("parent").isNull()) {
                assertThat(seen).as("parent of " + c.get("path")).contains(c.get("parent").asText());
                assertThat(c.get("path").asText()).isEqualTo(c.get("parent").asText() + "/"
                        + c.get("name").asText().replace("\\", "\\\\").replace("/", "\\/"));
            }
            seen.add(c.get("path").asText());
            paths.add(c.get("path").asText());
            assertThat(c.get("codings").asInt()).isZero();
            assertThat(c.get("colour").asText()).matches("#[0-9A-F]{6}");
        }
        assertThat(paths).contains(VALUE, "Communs/4. Surveillance", "Modèles hybrides public\\/marché");
        JsonNode value = codes.get(paths.indexOf(VALUE));
        assertThat(value.get("name").asText()).isEqualTo("Dévoilement / pouvoir / captation de valeur");
        assertThat(value.get("parent").isNull()).isTrue();

        String tree = Cli.run("codes", project).exits(0).out();
        assertThat(tree).contains("Communs (0)\n  1. Limites clairement définies (0)\n");

        Cli.Result again = Cli.run("codebook", "import", project, Cli.sampleCodebook()).exits(0);
        assertThat(again.out()).startsWith("Created 0 code(s); " + codes.size() + " already existed.");
    }

    @Test
    void codeListFilterAndUncode() {
        Cli.Result coded = Cli.run("code", project, "--document", Cli.TXT, "--start", 1, "--end", 19,
                "--code", "Communs/4. Surveillance", "--coder", "alice").exits(0);
        assertThat(coded.out()).matches("Coding \\d+: " + text.substring(1, 19) + "\\s*");
        JsonNode second = Cli.run("code", project, "--document", Cli.TXT, "--start", 40, "--end", 60,
                "--code", VALUE, "--json").exits(0).json();
        List<String> fields = new ArrayList<>();
        second.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "guid", "document", "code", "coder", "start", "end", "text");
        assertThat(second.get("document").asText()).isEqualTo(Cli.TXT);
        assertThat(second.get("code").asText()).isEqualTo(VALUE);
        assertThat(second.get("start").asInt()).isEqualTo(40);
        assertThat(second.get("end").asInt()).isEqualTo(60);
        assertThat(second.get("text").asText()).isEqualTo(text.substring(40, 60));
        assertThat(second.get("coder").asText()).isNotBlank();

        JsonNode all = Cli.run("codings", project, "--json").exits(0).json();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("code").asText()).isEqualTo("Communs/4. Surveillance");
        assertThat(all.get(0).get("coder").asText()).isEqualTo("alice");
        assertThat(all.get(0).get("text").asText()).isEqualTo(text.substring(1, 19));

        assertThat(Cli.run("codings", project, "--json", "--code", VALUE).exits(0).json()).hasSize(1);
        assertThat(Cli.run("codings", project, "--json", "--code", "Communs").exits(0).json()).isEmpty();
        assertThat(Cli.run("codings", project, "--json", "--coder", "alice").exits(0).json()).hasSize(1);
        assertThat(Cli.run("codings", project, "--json", "--document", Cli.TXT, "--coder", "alice",
                "--code", second.get("code").asText()).exits(0).json()).isEmpty();
        assertThat(Cli.run("codings", project, "--coder", "bob").exits(2).err())
                .contains("There is no coder \"bob\"");
        String id = second.get("id").asText();
        assertThat(Cli.run("codings", project, "--json", "--code", Cli.run("codes", project, "--json").json()
                .findValues("id").get(0).asText()).exits(0).json()).isEmpty();   // a code by id
        assertThat(Cli.run("codings", project).exits(0).out()).contains("[40, 60)", "alice");

        JsonNode codes = Cli.run("codes", project, "--json").json();
        assertThat(codes.findValues("codings").stream().mapToInt(JsonNode::asInt).sum()).isEqualTo(2);
        assertThat(Cli.run("codes", project).out()).contains("4. Surveillance (1)");

        assertThat(Cli.run("uncode", project, "--coding", id).exits(0).out().strip())
                .isEqualTo("Removed coding " + id + ".");
        assertThat(Cli.run("codings", project, "--json").json()).hasSize(1);
        assertThat(Cli.run("uncode", project, "--coding", id).exits(2).err().strip())
                .isEqualTo("There is no coding with id " + id + ".");
    }

    @Test
    void badRangesAndUnknownReferencesExitTwoAndStoreNothing() {
        Cli.Result outside = Cli.run("code", project, "--document", Cli.TXT, "--start", text.length() - 2,
                "--end", text.length() + 5, "--code", "Panoptique").exits(2);
        assertThat(outside.err()).contains("lies outside");
        assertThat(outside.err().lines()).hasSize(1);
        assertThat(Cli.run("code", project, "--document", Cli.TXT, "--start", 10, "--end", 5, "--code",
                "Panoptique").exits(2).err()).contains("cannot end before it starts");
        assertThat(Cli.run("code", project, "--document", Cli.TXT, "--start", -1, "--end", 5, "--code",
                "Panoptique").exits(2).err()).contains("cannot start before 0");
        assertThat(Cli.run("code", project, "--document", Cli.TXT, "--start", 5, "--end", 5, "--code",
                "Panoptique").exits(2).err()).contains("empty");
        assertThat(Cli.run("code", project, "--document", Cli.TXT, "--start", 1, "--end", 5, "--code",
                "Nope/Nothing").exits(2).err().strip()).isEqualTo("There is no code \"Nope/Nothing\" in the codebook.");
        assertThat(Cli.run("code", project, "--document", "other.txt", "--start", 1, "--end", 5, "--code",
                "Panoptique").exits(2).err()).contains("There is no document \"other.txt\"");
        assertThat(Cli.run("codings", project, "--code", "Nope").exits(2).err()).contains("no code");
        assertThat(Cli.run("codings", project, "--json").exits(0).json()).isEmpty();
    }

    @Test
    void codingsImportAddsAllRowsOrNone() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "document,start,end,code,coder\n"
                + Cli.TXT + ",1,10,Panoptique,alice\n"
                + Cli.TXT + ",20,30,\"" + VALUE + "\",bob\n"
                + Cli.TXT + ",30,20,Panoptique,alice\n"
                + Cli.TXT + ",40,50,Panoptique,\n");
        Cli.Result refused = Cli.run("codings", "import", project, bad).exits(2);
        assertThat(refused.err()).startsWith("Line 4: ");
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(Cli.run("codings", project, "--json").json()).isEmpty();

        Path unknownCode = Files.writeString(dir.resolve("unknown.csv"), "document,start,end,code\n"
                + Cli.TXT + ",1,10,Panoptique\n" + Cli.TXT + ",1,10,Nope\n");
        assertThat(Cli.run("codings", "import", project, unknownCode).exits(2).err()).startsWith("Line 3: ")
                .contains("Nope");

        Path good = Files.writeString(dir.resolve("good.csv"), "\uFEFFdocument,start,end,code,coder\n"
                + Cli.TXT + ",1,10,Panoptique,alice\n"
                + Cli.TXT + ",20,30,\"" + VALUE + "\",bob\n"
                + Cli.TXT + ",40,50,Panoptique,\n");
        assertThat(Cli.run("codings", "import", project, good).exits(0).out().strip())
                .isEqualTo("Imported 3 coding(s).");
        JsonNode codings = Cli.run("codings", project, "--json").json();
        assertThat(codings).hasSize(3);
        assertThat(codings.get(1).get("coder").asText()).isEqualTo("bob");
        assertThat(codings.get(1).get("code").asText()).isEqualTo(VALUE);
        assertThat(codings.get(1).get("text").asText()).isEqualTo(text.substring(20, 30));

        Path header = Files.writeString(dir.resolve("header.csv"), "doc,start,end,code\nx,1,2,y\n");
        assertThat(Cli.run("codings", "import", project, header).exits(2).err()).contains("\"document\" is missing");
        assertThat(Cli.run("codings", "import", project, dir.resolve("none.csv")).exits(2).err())
                .contains("does not exist");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "document,start,end,code\nd\u00e9j\u00e0.txt,1,2,y\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(Cli.run("codings", "import", project, latin1).exits(2).err()).contains("not UTF-8");
    }

    @Test
    void aBadCodebookExitsTwo() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "format: something-else\ncodes: []\n");
        assertThat(Cli.run("codebook", "import", project, bad).exits(2).err()).contains("glose-codebook/1");
        assertThat(Cli.run("codebook", "import", project, dir.resolve("none.yaml")).exits(2).err())
                .contains("does not exist");
    }
}
