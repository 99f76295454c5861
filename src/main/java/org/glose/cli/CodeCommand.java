package org.glose.cli;

import org.glose.core.coding.ApplyCode;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.DocumentRefs;
import org.glose.core.model.Code;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.text.TextRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes a passage: the range [START, END) of a document, in UTF-16 units of its stored text.",
                "Prints the new coding's id and text."})
final class CodeCommand extends ProjectCommand {

    @Option(names = "--document", required = true, paramLabel = "DOCUMENT", description = "The document's name or id.")
    String document;

    @Option(names = "--start", required = true, paramLabel = "START", description = "First offset (included).")
    int start;

    @Option(names = "--end", required = true, paramLabel = "END", description = "Last offset (excluded).")
    int end;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The code's path or id.")
    String code;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "Who codes (created when new; default: the user name of the system).")
    String coder;

    @Option(names = "--json", description = "Print the coding as {id, guid, document, code, coder, start, end, text}.")
    boolean json;

    private record Target(Document document, Code code) {
    }

    @Override
    int run(OpenProject project) {
        TextRange range = range(start, end);
        Target target = project.read(tx -> new Target(DocumentRefs.resolve(tx, document),
                CodeRefs.resolve(tx.codes().codebook(), code)));
        Coding coding = project.execute(new ApplyCode(target.document().id(), target.code().id(), coder, range));
        CodingJson created = project.read(tx -> CodingJson.of(tx, java.util.List.of(coding)).get(0));
        if (json) {
            JsonOutput.print(out(), created);
        } else {
            out().println("Coding " + created.id() + ": " + created.text());
        }
        return GloseCli.OK;
    }

    static TextRange range(int start, int end) {
        try {
            return new TextRange(start, end);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage() + ".");
        }
    }
}
