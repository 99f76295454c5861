package org.glose.cli;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;
import org.glose.store.H2ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates an empty project in PROJECT (refused, exit 3, when a project is already there).")
final class InitCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder; created when missing.")
    Path project;

    @Option(names = "--name", paramLabel = "NAME", description = "The project's name (default: the folder's name).")
    String name;

    @Override
    public Integer call() {
        try (OpenProject created = new OpenProject(H2ProjectStore.create(project, name))) {
            out().println("Created the project \"" + created.name() + "\" in " + project + ".");
        }
        return GloseCli.OK;
    }
}
