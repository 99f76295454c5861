package org.glose.interchange.codebook;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;

/**
 * Writes the codebook as RFC 4180 CSV, one code per row, parents before children:
 * {@code path,name,parent,level,colour,description,inclusion,exclusion,example,codings,guid}.
 */
public final class CodebookCsv {

    public static final String[] HEADER = {"path", "name", "parent", "level", "colour", "description", "inclusion",
        "exclusion", "example", "codings", "guid"};

    private CodebookCsv() {
    }

    public static void write(Codebook book, Map<Long, Integer> codingCounts, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build());
        for (Code c : book.depthFirst()) {
            CodeDetails d = c.details();
            csv.printRecord(book.pathOf(c.id()), c.name(), c.parentId() == null ? "" : book.pathOf(c.parentId()),
                    book.depth(c.id()) + 1, d.colour(), nz(d.description()), nz(d.inclusion()), nz(d.exclusion()),
                    nz(d.example()), codingCounts.getOrDefault(c.id(), 0), c.guid());
        }
        csv.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
