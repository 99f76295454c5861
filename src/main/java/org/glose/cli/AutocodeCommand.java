package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.glose.core.coding.AutoCode;
import org.glose.core.coding.AutoCodePlan;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.PassageUnit;
import org.glose.core.model.Code;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.search.ProjectSearch;
import org.glose.core.search.SearchResult;
import org.glose.search.LuceneSearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "autocode", mixinStandardHelpOptions = true,
        description = {"Codes every hit of a search (or its sentence or paragraph) with a code, as one action.",
                "Passages that overlap or touch are coded once; passages the coder already coded with the code are "
                        + "left alone. --dry-run only tells what would be coded."})
final class AutocodeCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "QUERY", description = "The search (syntax in docs/search.md).")
    String query;

    @Mixin
    SearchOptions options;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The code's path or id.")
    String code;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "hit",
            description = "hit, sentence, paragraph, or a number N for N characters around each hit "
                    + "(default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "Who codes (created when new; default: the user name of the system).")
    String coder;

    @Option(names = "--dry-run", description = "Print what would be coded and change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print {query, code, coder, unit, hits, passages, documents, "
            + "alreadyCoded, dryRun}.")
    boolean json;

    @JsonPropertyOrder({"query", "code", "coder", "unit", "hits", "passages", "documents", "alreadyCoded", "dryRun"})
    record AutocodeJson(String query, String code, String coder, String unit, int hits, int passages, int documents,
                        int alreadyCoded, boolean dryRun) {
    }

    @Override
    int run(OpenProject project) {
        PassageUnit passageUnit = PassageUnit.parse(unit);
        Code target = project.read(tx -> CodeRefs.resolve(tx.codes().codebook(), code));
        SearchResult result;
        try (LuceneSearchIndex index = LuceneSearchIndex.open(project)) {
            result = new ProjectSearch(project, index).search(options.spec(query), 0);
        }
        if (result.total() == 0) {
            throw new InvalidInputException("The search \"" + query + "\" has no hits: there is nothing to code.");
        }
        AutoCode autoCode = new AutoCode(result.ranges(), target.id(), coder, passageUnit);
        AutoCodePlan plan = dryRun ? project.read(autoCode::preview) : project.execute(autoCode);
        if (json) {
            JsonOutput.print(out(), new AutocodeJson(query, plan.code(), plan.coder(), plan.unit().toString(),
                    result.total(), plan.passagesToCode(), plan.documentsToCode(), plan.alreadyCoded(), dryRun));
        } else {
            out().println((dryRun ? "Would code " : "Coded ") + plan.passagesToCode() + " passage(s) in "
                    + plan.documentsToCode() + " document(s) with \"" + plan.code() + "\" (" + result.total()
                    + " hit(s), unit: " + plan.unit() + "); " + plan.alreadyCoded() + " passage(s) already coded by "
                    + plan.coder() + ".");
        }
        return GloseCli.OK;
    }
}
