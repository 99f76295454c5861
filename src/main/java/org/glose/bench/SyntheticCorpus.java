package org.glose.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.CreateCode;
import org.glose.core.project.OpenProject;

/**
 * Deterministic benchmark inputs made from the sample study's own paragraphs (same vocabulary and word
 * frequencies as real French text), so a fresh clone can run the benchmarks without {@code ../shared}:
 * N documents of about S characters with their paragraphs shuffled by a fixed seed, 30 codes, and a stream
 * of codings by three coders.
 */
public final class SyntheticCorpus {

    public static final long SEED = 20261123L;
    public static final List<String> CODES = List.of("Gouvernance des données", "Open data", "Données personnelles",
            "RGPD et cadre juridique", "Interopérabilité", "Qualité des données", "Compétences des agents",
            "Formation", "Financement", "Mutualisation", "Intercommunalité", "Territoires ruraux",
            "Ville intelligente", "Mobilité", "Énergie et environnement", "Services publics numériques",
            "Partenariats public-privé", "Souveraineté numérique", "Cybersécurité", "Plateformes",
            "Participation citoyenne", "Éthique", "Administrateur des données", "Stratégie numérique",
            "Communs numériques", "Confiance", "Transparence", "Évaluation", "Usages", "Gouvernance territoriale");
    private static final String[] CODERS = {"claire", "malik", "sophie"};

    private final List<String> paragraphs;

    private SyntheticCorpus(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Reads the study text bundled with the application (the sample corpus). */
    public static SyntheticCorpus fromBundledStudy() {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream(
                "/org/glose/sample/corpus/ingechef-data-gouv-terr.txt")) {
            if (in == null) {
                throw new IllegalStateException("The bundled sample study is missing from the application.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            List<String> paragraphs = Arrays.stream(text.split("\n+")).map(String::strip)
                    .filter(p -> p.length() > 20).toList();
            return new SyntheticCorpus(paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of document {@code index}: shuffled paragraphs until about {@code size} characters. */
    public String document(int index, int size) {
        Random random = new Random(SEED + index);
        StringBuilder sb = new StringBuilder(size + 2_000);
        List<String> order = new ArrayList<>(paragraphs);
        while (sb.length() < size) {
            java.util.Collections.shuffle(order, random);
            for (String p : order) {
                if (sb.length() >= size) {
                    break;
                }
                sb.append(p).append('\n');
            }
        }
        return sb.toString();
    }

    public static String documentName(int index) {
        return String.format("doc-%05d.txt", index + 1);
    }

    /** Writes {@code count} documents as UTF-8 files into {@code folder} and returns their paths. */
    public List<Path> writeDocuments(Path folder, int count, int size) {
        try {
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path file = folder.resolve(documentName(i));
                Files.writeString(file, document(i, size), StandardCharsets.UTF_8);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds these codes ({@link #CODES}, say) at the root of the codebook. */
    public static void createCodes(OpenProject project, List<String> codes) {
        for (String code : codes) {
            project.execute(new CreateCode(null, code, null));
        }
    }

    /**
     * {@code count} codings spread over the documents (lengths 50–2,000 characters, three coders weighted
     * 50/30/20), as rows for {@code ImportCodings}. Every call with the same arguments gives the same rows.
     */
    public static List<CodingRow> codings(int count, int documents, int[] lengths) {
        Random random = new Random(SEED * 31);
        List<CodingRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int doc = random.nextInt(documents);
            int length = lengths[doc];
            int len = 50 + random.nextInt(Math.max(1, Math.min(1_951, length - 50)));
            int start = random.nextInt(Math.max(1, length - len));
            double r = random.nextDouble();
            String coder = r < 0.5 ? CODERS[0] : r < 0.8 ? CODERS[1] : CODERS[2];
            rows.add(new CodingRow(i + 2, documentName(doc), start, Math.min(length, start + len),
                    CODES.get(random.nextInt(CODES.size())), coder));
        }
        return rows;
    }
}
