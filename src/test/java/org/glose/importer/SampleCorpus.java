package org.glose.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** The sample corpus and the word-by-word comparison of an extracted text with its Markdown-ish TXT twin. */
public final class SampleCorpus {

    public static final List<String> DOCUMENTS =
            List.of("offre-de-stage", "conference-plateformes-2019", "ingechef-data-gouv-terr");

    private static final Pattern HEADING = Pattern.compile("^\\s*#+\\s*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    private SampleCorpus() {
    }

    public static Path directory() {
        String property = System.getProperty("glose.sampleCorpus");
        return property == null || property.isBlank() ? Path.of("sample-corpus") : Path.of(property);
    }

    public static byte[] bytes(String document, String extension) {
        try {
            return Files.readAllBytes(directory().resolve(document + "." + extension));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of the TXT twin, decoded as UTF-8 on purpose: independent of the reader under test. */
    public static List<String> twinWords(String document) {
        return words(new String(bytes(document, "txt"), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The words of a text, Markdown markup removed (leading #s, leading "- " or "* " bullets, any * of bold and
     * italics), split on whitespace, punctuation and symbols trimmed from each word's edges, punctuation-only
     * tokens and bullet glyphs dropped. Applied to both sides, because the sample DOCX and PDF show the Markdown
     * characters literally (they are the TXT typeset as preformatted text).
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String line : text.split("\n")) {
            String plain = BULLET.matcher(HEADING.matcher(line).replaceFirst("")).replaceFirst("").replace("*", "");
            for (String token : plain.split("\\s+")) {
                String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The longest common subsequence of two word lists, and the words each side has that the other lacks. */
    public record Comparison(int expected, int actual, int common, List<String> differences) {

        /** 2 × common / (expected + actual): 1.0 when the sequences are equal. */
        public double similarity() {
            return expected + actual == 0 ? 1.0 : 2.0 * common / (expected + actual);
        }

        public String report(int max) {
            return String.format("similarity %.4f (%d common words; expected %d, got %d)%n  %s", similarity(),
                    common, expected, actual, String.join("\n  ", differences.subList(0, Math.min(max,
                            differences.size()))));
        }
    }

    /**
     * Compares two word sequences with Myers' diff (insertions and deletions only), so that the long documents
     * need little memory. Stops once more than 5% of the words differ: the similarity is then below 0.95 anyway.
     */
    public static Comparison compare(List<String> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int cap = Math.max(10, (n + m) / 20);
        int[] v = new int[2 * cap + 3];
        int offset = cap + 1;
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= cap; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && expected.get(x).equals(actual.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return new Comparison(n, m, (n + m - d) / 2, backtrack(expected, actual, trace, d));
                }
            }
        }
        int common = (n + m - cap) / 2;   // an upper bound
        return new Comparison(n, m, common, List.of("more than " + cap + " words differ: the texts do not match"));
    }

    private static List<String> backtrack(List<String> expected, List<String> actual, List<int[]> trace, int edits) {
        List<String> differences = new ArrayList<>();
        int x = expected.size();
        int y = actual.size();
        for (int d = edits; d > 0; d--) {
            int[] before = trace.get(d);          // V as it was after step d - 1, indexed by k + d + 1
            int k = x - y;
            boolean down = k == -d || (k != d && before[k - 1 + d + 1] < before[k + 1 + d + 1]);
            int previousK = down ? k + 1 : k - 1;
            int previousX = before[previousK + d + 1];
            int previousY = previousX - previousK;
            if (down) {
                differences.add("+ " + actual.get(previousY) + "   (near: " + context(expected, previousX) + ")");
            } else {
                differences.add("- " + expected.get(previousX) + "   (near: " + context(expected, previousX) + ")");
            }
            x = previousX;
            y = previousY;
        }
        Collections.reverse(differences);
        return differences;
    }

    private static String context(List<String> words, int at) {
        return String.join(" ", words.subList(Math.max(0, at - 3), Math.min(words.size(), at + 3)));
    }
}
