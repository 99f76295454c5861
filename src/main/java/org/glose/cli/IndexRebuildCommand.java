package org.glose.cli;

import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.search.LuceneSearchIndex;
import picocli.CommandLine.Command;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Throws the search index away and builds it again from the project's documents.",
                "Never needed in normal use: the index rebuilds itself when it is missing, damaged or out of date."})
final class IndexRebuildCommand extends ProjectCommand {

    @Override
    int run(OpenProject project) throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(project)) {
            int documents = index.rebuild().run(Progress.NONE, new Cancellation());
            out().println("Indexed " + documents + " document(s).");
        }
        return GloseCli.OK;
    }
}
