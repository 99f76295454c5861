package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.glose.core.model.SavedQuery;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.search.DeleteSavedQuery;
import org.glose.core.search.SearchSpec;
import org.glose.core.search.SearchSpecText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Lists the saved searches (saved with search --save NAME), runs one or deletes one."})
final class QueriesCommand extends ProjectCommand {

    static final class Action {
        @Option(names = "--run", paramLabel = "NAME", description = "Run the saved search NAME (output as search).")
        String run;

        @Option(names = "--delete", paramLabel = "NAME", description = "Delete the saved search NAME.")
        String delete;
    }

    @ArgGroup(exclusive = true)
    Action action = new Action();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "With --run: show at most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "List as [{name, query, exact, filters}]; with --run, as search --json.")
    boolean json;

    @JsonPropertyOrder({"name", "query", "exact", "filters"})
    record SavedJson(String name, String query, boolean exact, List<String> filters) {
    }

    @Override
    int run(OpenProject project) throws Exception {
        if (action.run != null) {
            SavedQuery saved = find(project, action.run);
            return SearchCommand.run(project, SearchSpecText.read(saved.spec()), limit, json, null, null, this);
        }
        if (action.delete != null) {
            SavedQuery deleted = project.execute(new DeleteSavedQuery(action.delete));
            out().println("Deleted the saved search \"" + deleted.name() + "\".");
            return GloseCli.OK;
        }
        List<SavedJson> all = project.read(tx -> tx.savedQueries().list()).stream().map(q -> {
            SearchSpec spec = SearchSpecText.read(q.spec());
            return new SavedJson(q.name(), spec.query(), spec.exact(), filters(q.spec()));
        }).toList();
        if (json) {
            JsonOutput.print(out(), all);
        } else {
            TextTable table = new TextTable("NAME", "QUERY", "MODE", "FILTERS");
            all.forEach(q -> table.row(q.name(), q.query(), q.exact() ? "exact" : "stemmed",
                    q.filters().isEmpty() ? "-" : String.join("; ", q.filters())));
            table.print(out());
        }
        return GloseCli.OK;
    }

    private static SavedQuery find(OpenProject project, String name) {
        return project.read(tx -> tx.savedQueries().byName(name.strip())).orElseThrow(() ->
                new InvalidInputException("There is no saved search \"" + name + "\"."));
    }

    /** The filter lines of a saved spec, as "key: value". */
    private static List<String> filters(String spec) {
        return spec.lines().filter(l -> !l.startsWith("query: ") && !l.startsWith("exact: ")).toList();
    }
}
