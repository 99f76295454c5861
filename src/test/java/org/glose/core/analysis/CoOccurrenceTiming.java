package org.glose.core.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.glose.core.analysis.cooccurrence.CoOccurrence;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceTable;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.cooccurrence.Measure;
import org.glose.core.analysis.data.CodedData;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.text.TextRange;

/**
 * Times the pure co-occurrence computation (no database) on synthetic codings: not a test (tests never time
 * things), a main for docs/benchmarks.md. Run after {@code mvn test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.glose.core.analysis.CoOccurrenceTiming [codings...]
 * </pre>
 * Default sizes: 16,500 and 1,000,000 codings over 30 codes (documents of 100,000 characters, 150 codings each,
 * passages of 20 to 600 characters, seed 42). Prints the median of 7 runs after 3 warm-up runs, per unit.
 */
public final class CoOccurrenceTiming {

    private CoOccurrenceTiming() {
    }

    public static void main(String[] args) {
        long[] sizes = args.length == 0 ? new long[] {16_500, 1_000_000}
                : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        for (long size : sizes) {
            CodedData data = synthetic((int) size, 30, new Random(42));
            for (CoOccurrenceUnit unit : List.of(CoOccurrenceUnit.OVERLAP, CoOccurrenceUnit.NEAR,
                    CoOccurrenceUnit.DOCUMENT)) {
                CoOccurrenceOptions options = new CoOccurrenceOptions(unit, 100, Measure.COUNT, false);
                double[] ms = new double[7];
                long check = 0;
                for (int run = -3; run < ms.length; run++) {
                    long t0 = System.nanoTime();
                    CoOccurrenceTable table = CoOccurrence.compute(data, options);
                    long t1 = System.nanoTime();
                    check += table.count(0, 1);
                    if (run >= 0) {
                        ms[run] = (t1 - t0) / 1e6;
                    }
                }
                Arrays.sort(ms);
                System.out.printf("%,d codings, 30 codes, %-8s median %8.1f ms (min %.1f, max %.1f)  [check %d]%n",
                        size, unit.key(), ms[ms.length / 2], ms[0], ms[ms.length - 1], check);
            }
        }
    }

    static CodedData synthetic(int codings, int codes, Random random) {
        List<Code> codebook = new ArrayList<>();
        for (int c = 1; c <= codes; c++) {
            codebook.add(new Code(c, "c" + c, null, "code " + c, CodeDetails.colour(null), c));
        }
        int perDocument = 150;
        int length = 100_000;
        int documents = (codings + perDocument - 1) / perDocument;
        List<Document> docs = new ArrayList<>();
        List<Coding> list = new ArrayList<>(codings);
        for (int d = 0; d < documents; d++) {
            docs.add(new Document(d + 1, "d" + d, "doc" + d, "txt", "doc" + d, "s", Instant.EPOCH, "UTF-8", "fr", null,
                    length));
        }
        for (int i = 0; i < codings; i++) {
            int start = random.nextInt(length - 600);
            list.add(new Coding(i + 1, null, 1 + i / perDocument, 1 + random.nextInt(codes), 1,
                    new TextRange(start, start + 20 + random.nextInt(580)), Instant.EPOCH));
        }
        return CodedData.of(new Codebook(codebook), docs, list);
    }
}
