package org.glose.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.ImportCodings;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;

/**
 * Test helper run as a child process by {@link KillTest}: codes passages of the project's first document with its
 * first code, one action after the other, and prints "coded ID" once each action has returned; with "bulk", it
 * imports batches of {@value #BATCH} codings in one action each and prints "bulk N" after each. It runs until
 * killed.
 */
public final class CodingBurst {

    static final int BATCH = 5_000;

    private CodingBurst() {
    }

    public static void main(String[] args) {
        try (OpenProject project = new OpenProject(H2ProjectStore.open(Path.of(args[0])))) {
            project.setActor("burst");
            Document document = project.read(tx -> tx.documents().list().get(0));
            Code code = project.read(tx -> tx.codes().list().get(0));
            System.out.println("open");
            System.out.flush();
            int length = document.length();
            for (long i = 0; ; i++) {
                if (args.length > 1 && args[1].equals("bulk")) {
                    List<CodingRow> rows = new ArrayList<>(BATCH);
                    for (int r = 0; r < BATCH; r++) {
                        int start = r % (length - 1);
                        rows.add(new CodingRow(r + 1, document.name(), start, start + 1, code.name(), "burst"));
                    }
                    project.execute(new ImportCodings(rows));
                    System.out.println("bulk " + (i + 1));
                } else {
                    int start = (int) (i % (length - 1));
                    Coding c = project.execute(new ApplyCode(document.id(), code.id(), "burst",
                            TextRange.of(start, start + 1)));
                    System.out.println("coded " + c.id());
                }
                System.out.flush();
            }
        }
    }
}
