package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.CodedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sweep (and the unit counters) agree with the quadratic definition on random projects: nested codes, codings
 * of every length (some identical, some nested, some touching), paragraphs, cases sharing documents. The seed is
 * printed so that a failure can be replayed.
 */
class SweepAgainstNaiveTest {

    static Stream<Arguments> runs() {
        long base = Long.getLong("glose.test.seed", System.nanoTime());
        System.out.println("SweepAgainstNaiveTest seed: " + base + " (replay with -Dglose.test.seed=" + base + ")");
        Stream.Builder<Arguments> runs = Stream.builder();
        for (int i = 0; i < 6; i++) {
            long seed = base + i;
            for (CoOccurrenceUnit unit : CoOccurrenceUnit.values()) {
                for (boolean subcodes : new boolean[] {false, true}) {
                    runs.add(Arguments.of(seed, unit, subcodes));
                }
            }
        }
        return runs.build();
    }

    @ParameterizedTest(name = "seed {0}, {1}, subcodes {2}")
    @MethodSource("runs")
    void sweepEqualsPairwise(long seed, CoOccurrenceUnit unit, boolean subcodes) {
        Random random = new Random(seed);
        CodedData data = randomProject(random);
        int distance = random.nextInt(30);
        Measure measure = unit.countsPairs() ? Measure.C_COEFFICIENT : Measure.JACCARD;
        CoOccurrenceOptions options = new CoOccurrenceOptions(unit, distance, measure, subcodes);
        CoOccurrenceTable fast = CoOccurrence.compute(data, options);
        long[][] naive = NaiveCoOccurrence.compute(data, options);
        int k = fast.size();
        for (int i = 0; i < k; i++) {
            assertThat(fast.total(i)).as("seed %d: total of %s", seed, fast.paths().get(i)).isEqualTo(naive[0][i]);
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    assertThat(fast.count(i, j)).as("seed %d: %s × %s", seed, fast.paths().get(i),
                            fast.paths().get(j)).isEqualTo(naive[1][i * k + j]);
                }
            }
        }
    }

    static CodedData randomProject(Random random) {
        Fixture f = new Fixture();
        int codes = 3 + random.nextInt(8);
        for (int c = 1; c <= codes; c++) {
            Long parent = c > 2 && random.nextBoolean() ? (long) (1 + random.nextInt(c - 1)) : null;
            f.code(c, parent, "code " + c);
        }
        int documents = 1 + random.nextInt(4);
        for (int d = 1; d <= documents; d++) {
            int length = 200 + random.nextInt(400);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(25) == 0 ? '\n' : 'a');
            }
            f.document(100 + d, "doc" + d, text.toString());
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(length - 1);
                int end = Math.min(length, start + 1 + random.nextInt(random.nextBoolean() ? 10 : 80));
                f.coding(100 + d, 1 + random.nextInt(codes), start, end);
                if (random.nextInt(6) == 0) {      // the same passage again, same or other code
                    f.coding(100 + d, 1 + random.nextInt(codes), start, end);
                }
                if (random.nextInt(8) == 0 && end < length) {   // a coding touching the previous one
                    f.coding(100 + d, 1 + random.nextInt(codes), end, Math.min(length, end + 5));
                }
            }
        }
        for (int c = 1; c <= 3; c++) {
            Long[] docs = random.ints(random.nextInt(documents + 1), 1, documents + 1).distinct()
                    .mapToObj(d -> (long) (100 + d)).toArray(Long[]::new);
            f.caseOf(500 + c, "case " + c, docs);
        }
        return f.data();
    }
}
