package org.glose.cli;

import org.glose.core.coding.DocumentRefs;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Prints a document's stored plain text exactly, as UTF-8, with no added newline "
                + "(the text all offsets count in).")
final class TextCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "DOCUMENT", description = "The document's name or id.")
    String document;

    @Override
    int run(OpenProject project) {
        String text = project.read(tx -> tx.documents().text(DocumentRefs.resolve(tx, document).id()));
        out().print(text);
        return GloseCli.OK;
    }
}
