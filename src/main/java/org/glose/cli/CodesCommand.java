package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "Lists the codebook, parents before children, with the number of codings of each code.")
final class CodesCommand extends ProjectCommand {

    @Option(names = "--json",
            description = "An array of {id, guid, path, name, parent, colour, description, codings}.")
    boolean json;

    /** One code in {@code --json}; {@code parent} is the parent's path, null for a top-level code. */
    @JsonPropertyOrder({"id", "guid", "path", "name", "parent", "colour", "description", "codings"})
    record CodeJson(long id, String guid, String path, String name, String parent, String colour,
                    String description, int codings) {
    }

    private record Listing(Codebook book, Map<Long, Integer> counts) {
    }

    @Override
    int run(OpenProject project) {
        Listing listing = project.read(tx -> new Listing(tx.codes().codebook(), tx.codings().countByCode()));
        Codebook book = listing.book();
        List<Code> codes = book.depthFirst();
        if (json) {
            JsonOutput.print(out(), codes.stream().map(c -> new CodeJson(c.id(), c.guid(), book.pathOf(c.id()),
                    c.name(), c.parentId() == null ? null : book.pathOf(c.parentId()), c.colour(), c.description(),
                    listing.counts().getOrDefault(c.id(), 0))).toList());
            return GloseCli.OK;
        }
        for (Code c : codes) {
            out().println("  ".repeat(book.depth(c.id())) + c.name() + " (" + listing.counts().getOrDefault(c.id(), 0)
                    + ")");
        }
        return GloseCli.OK;
    }
}
