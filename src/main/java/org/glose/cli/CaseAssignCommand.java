package org.glose.cli;

import org.glose.core.cases.AssignCase;
import org.glose.core.coding.DocumentRefs;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Attaches a document to a case, creating the case when new.")
final class CaseAssignCommand extends ProjectCommand {

    @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case's name.")
    String caseName;

    @Option(names = "--document", required = true, paramLabel = "DOCUMENT", description = "The document's name or id.")
    String document;

    @Override
    int run(OpenProject project) {
        Document d = project.read(tx -> DocumentRefs.resolve(tx, document));
        ProjectCase c = project.execute(new AssignCase(caseName, d.id()));
        out().println("Assigned " + d.name() + " to the case \"" + c.name() + "\".");
        return GloseCli.OK;
    }
}
