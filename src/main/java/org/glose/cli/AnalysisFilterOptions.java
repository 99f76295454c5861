package org.glose.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.glose.core.analysis.data.AnalysisFilter;
import picocli.CommandLine.Option;

/** The filters shared by the analysis commands (cooccurrence, matrix, frequency, report; docs/analysis.md). */
final class AnalysisFilterOptions {

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings; repeatable (any of them).")
    List<String> coders = new ArrayList<>();

    @Option(names = "--document", paramLabel = "DOCUMENT",
            description = "Only this document (name or id); repeatable.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--case", paramLabel = "CASE", description = "Only the documents of this case; repeatable.")
    List<String> cases = new ArrayList<>();

    @Option(names = "--attribute", paramLabel = "NAME=VALUE",
            description = "Only the documents of cases with this attribute value; repeatable (values of one "
                    + "attribute: any of them; different attributes: all).")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--code", paramLabel = "CODE", description = "Only this code and its sub-codes (path or id).")
    String code;

    @Option(names = {"--with-subcodes", "--subcodes"},
            description = "A code also counts the codings of its sub-codes (aggregate).")
    boolean subcodes;

    AnalysisFilter filter() {
        return new AnalysisFilter(new LinkedHashSet<>(coders), new LinkedHashSet<>(documents),
                new LinkedHashSet<>(cases), AnalysisFilter.parseAttributes(attributes), code);
    }
}
