package org.glose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process and keeps what it printed (as UTF-8 bytes) and its exit code. */
final class Cli {

    record Result(int exit, byte[] stdout, String err) {

        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(stdout);
            } catch (java.io.IOException e) {
                throw new AssertionError("stdout is not JSON: " + out(), e);
            }
        }

        /** Asserts the exit code, and that stderr holds no stack trace whatever happened. */
        Result exits(int expected) {
            assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out(), err).isEqualTo(expected);
            return this;
        }
    }

    private Cli() {
    }

    static Result run(Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object a : args) {
            strings.add(a.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        int exit = GloseCli.run(strings.toArray(String[]::new), o, e);
        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(errText).as("stderr").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("\n\tat");
        return new Result(exit, out.toByteArray(), errText);
    }

    static Path sample(String file) {
        String property = System.getProperty("glose.sampleCorpus");
        Path dir = property == null || property.isBlank() ? Path.of("sample-corpus") : Path.of(property);
        return dir.resolve(file);
    }

    static Path sampleCodebook() {
        return sample("x").getParent().resolveSibling("codebooks").resolve("glose-sample-codebook.yaml");
    }

    static final String DOCX = "offre-de-stage.docx";
    static final String PDF = "conference-plateformes-2019.pdf";
    static final String TXT = "ingechef-data-gouv-terr.txt";
}
