package org.glose.cli;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.search.SearchSpec;
import picocli.CommandLine.Option;

/** The mode and filters shared by {@code search} and {@code autocode} (docs/search.md). */
final class SearchOptions {

    @Option(names = "--exact", description = "Match the words as written (case and accents ignored), not their stems.")
    boolean exact;

    @Option(names = "--document", paramLabel = "DOCUMENT",
            description = "Search only this document (name or id); repeatable.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--case", paramLabel = "CASE", description = "Search only the documents of this case; repeatable.")
    List<String> cases = new ArrayList<>();

    @Option(names = "--attribute", paramLabel = "NAME=VALUE",
            description = "Search only the documents of cases with this attribute value; repeatable (all must hold).")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--within-code", paramLabel = "CODE",
            description = "Keep only hits inside passages coded with this code; repeatable (any of them).")
    List<String> withinCodes = new ArrayList<>();

    @Option(names = "--not-within-code", paramLabel = "CODE",
            description = "Drop hits inside passages coded with this code; repeatable.")
    List<String> notWithinCodes = new ArrayList<>();

    @Option(names = "--subcodes", description = "The code filters include the sub-codes of the codes named.")
    boolean subcodes;

    @Option(names = "--coded-by", paramLabel = "NAME",
            description = "Only passages coded by this coder count for the code filters; alone, keep only hits "
                    + "inside this coder's passages.")
    String codedBy;

    SearchSpec spec(String query) {
        return new SearchSpec(query, exact, documents, cases, attributes, withinCodes, notWithinCodes, subcodes,
                codedBy);
    }
}
