package org.glose.cli;

import java.nio.file.Path;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.search.KwicTable;
import org.glose.core.search.ProjectSearch;
import org.glose.core.search.SaveQuery;
import org.glose.core.search.SearchResult;
import org.glose.core.search.SearchSpec;
import org.glose.interchange.table.TableWriter;
import org.glose.search.LuceneSearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the documents' text (French and English aware; syntax in docs/search.md).",
                "Prints the number of hits and documents, then each hit in context."})
final class SearchCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "QUERY",
            description = "Words, \"phrases\", AND OR NOT, \"a b\"~5, wild*, fuzzy~, /regex/.")
    String query;

    @Mixin
    SearchOptions options;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Show at most N hits (default: ${DEFAULT-VALUE}); never changes the counts.")
    int limit;

    @Option(names = "--json", description = "Print {query, total, documents, hits:[{document, start, end, page, "
            + "text, before, after}]}.")
    boolean json;

    @Option(names = "--save", paramLabel = "NAME", description = "Also save the search under NAME (see queries).")
    String save;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write every hit to FILE (.csv or .xlsx).")
    Path export;

    @Override
    int run(OpenProject project) throws Exception {
        return run(project, options.spec(query), limit, json, save, export, this);
    }

    /** Runs a search and prints it; shared with {@code queries --run}. */
    static int run(OpenProject project, SearchSpec spec, int limit, boolean json, String save, Path export,
                   CliCommand command) throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(project)) {
            ProjectSearch search = new ProjectSearch(project, index);
            SearchResult result = search.search(spec, limit);
            if (export != null) {
                SearchResult all = result.hits().size() == result.total() ? result
                        : search.search(spec, Integer.MAX_VALUE);
                try {
                    TableWriter.write(export, KwicTable.HEADER, KwicTable.rows(all));
                } catch (java.io.IOException e) {
                    throw new InvalidInputException("The results cannot be written to " + export + ": "
                            + e.getMessage() + ".", e);
                }
            }
            if (save != null) {
                project.execute(new SaveQuery(save, spec));
            }
            SearchOutput.print(command.out(), result, json);
        }
        return GloseCli.OK;
    }
}
