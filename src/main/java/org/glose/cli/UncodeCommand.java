package org.glose.cli;

import org.glose.core.coding.RemoveCoding;
import org.glose.core.model.Coding;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "uncode", mixinStandardHelpOptions = true, description = "Removes one coding.")
final class UncodeCommand extends ProjectCommand {

    @Option(names = "--coding", required = true, paramLabel = "ID", description = "The coding's id.")
    long coding;

    @Override
    int run(OpenProject project) {
        Coding removed = project.execute(new RemoveCoding(coding));
        out().println("Removed coding " + removed.id() + ".");
        return GloseCli.OK;
    }
}
