package org.glose.cli;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates an empty project in PROJECT (refused, exit 3, when a project is already there).")
final class InitCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder (created when missing), or a "
            + "jdbc:postgresql:// URL of an empty database for a team project.")
    Path project;

    @Option(names = "--name", paramLabel = "NAME", description = "The project's name (default: the folder's name).")
    String name;

    @Override
    public Integer call() {
        try (OpenProject created = new OpenProject(org.glose.store.ProjectStores.create(project, name,
                PasswordOption.serverPassword(null)))) {
            out().println("Created the project \"" + created.name() + "\" in " + project + ".");
        }
        return GloseCli.OK;
    }
}
