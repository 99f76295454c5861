package org.glose.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.CodingsCsv;
import org.glose.core.project.InvalidInputException;

/**
 * The inputs {@code make_workload.py} writes (the peer tool was measured on them): {@code corpus-small/} (9
 * sample files), {@code corpus-200/} (200 texts of 140 KB), {@code codebook.json} (30 codes) and
 * {@code codings-16k.csv}. With them the import, search and co-occurrence workloads run on exactly those files.
 */
public final class PeerInputs {

    static final String SMALL = "corpus-small";
    static final String CORPUS = "corpus-200";
    static final String CODEBOOK = "codebook.json";
    static final String CODINGS = "codings-16k.csv";

    private final Path folder;

    private PeerInputs(Path folder) {
        this.folder = folder;
    }

    /** The folder's inputs; a folder that lacks one of them is refused, naming what is missing. */
    public static PeerInputs of(Path folder) {
        for (String part : List.of(SMALL, CORPUS, CODEBOOK, CODINGS)) {
            if (!Files.exists(folder.resolve(part))) {
                throw new InvalidInputException("The folder " + folder + " was not written by make_workload.py: it has"
                        + " no " + part + ".");
            }
        }
        PeerInputs inputs = new PeerInputs(folder);
        if (inputs.files(SMALL).isEmpty() || inputs.files(CORPUS).isEmpty()) {
            throw new InvalidInputException("The folder " + folder + " has an empty " + SMALL + " or " + CORPUS + ".");
        }
        return inputs;
    }

    public Path folder() {
        return folder;
    }

    /** The sample files (TXT, DOCX, PDF), in name order. */
    List<Path> sampleFiles() {
        return files(SMALL);
    }

    /** The first {@code count} texts of corpus-200, in name order. */
    List<Path> corpusFiles(int count) {
        List<Path> all = files(CORPUS);
        return all.subList(0, Math.min(count, all.size()));
    }

    /** The code names of codebook.json, in its order. */
    List<String> codeNames() {
        try {
            JsonNode codes = new ObjectMapper().readTree(folder.resolve(CODEBOOK).toFile()).path("codes");
            List<String> names = new ArrayList<>();
            codes.forEach(c -> names.add(c.path("name").asText()));
            if (names.isEmpty()) {
                throw new InvalidInputException("The codebook " + folder.resolve(CODEBOOK) + " holds no codes.");
            }
            return names;
        } catch (IOException e) {
            throw new InvalidInputException("The codebook " + folder.resolve(CODEBOOK) + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** The codings of codings-16k.csv that fall in {@code documents} (file names); all of them at full scale. */
    List<CodingRow> codings(List<Path> documents) {
        Set<String> names = new HashSet<>();
        documents.forEach(d -> names.add(d.getFileName().toString()));
        try (Reader in = Files.newBufferedReader(folder.resolve(CODINGS), StandardCharsets.UTF_8)) {
            return CodingsCsv.read(in, "bench").stream().filter(r -> names.contains(r.document())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> files(String part) {
        try (Stream<Path> s = Files.list(folder.resolve(part))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
