package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Lists the project's documents, by name.")
final class DocumentsCommand extends ProjectCommand {

    @Option(names = "--json", description = "An array of {id, guid, name, format, length, pages, sha256}.")
    boolean json;

    /** One document in {@code --json}; {@code length} in UTF-16 units, {@code pages} null without pages. */
    @JsonPropertyOrder({"id", "guid", "name", "format", "length", "pages", "sha256"})
    record DocumentJson(long id, String guid, String name, String format, int length, Integer pages,
                        String sha256) {
        static DocumentJson of(Document d) {
            return new DocumentJson(d.id(), d.guid(), d.name(), d.format(), d.length(), d.pages(), d.sha256());
        }
    }

    @Override
    int run(OpenProject project) {
        List<Document> documents = project.read(tx -> tx.documents().list());
        if (json) {
            JsonOutput.print(out(), documents.stream().map(DocumentJson::of).toList());
            return GloseCli.OK;
        }
        TextTable table = new TextTable("ID", "NAME", "FORMAT", "LENGTH", "PAGES");
        for (Document d : documents) {
            table.row(d.id(), d.name(), d.format(), d.length(), d.pages() == null ? "-" : d.pages());
        }
        table.print(out());
        return GloseCli.OK;
    }
}
