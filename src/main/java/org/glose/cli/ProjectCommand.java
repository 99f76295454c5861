package org.glose.cli;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A subcommand on an existing project: opens PROJECT, runs, closes it (exit 3 when it cannot be opened). */
abstract class ProjectCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder, or a team project's jdbc:postgresql://host[:port]/database URL.")
    Path project;

    @Mixin
    PasswordOption password = new PasswordOption();

    @Override
    public final Integer call() throws Exception {
        return withProject(project, password.file, open -> {
            int exit = run(open);
            if (exit == GloseCli.OK) {
                ClearTextExports.warnIfWritten(open, spec, err());
            }
            return exit;
        });
    }

    abstract int run(OpenProject project) throws Exception;

    /** What a command does with the open project; returns the exit code. */
    interface Work {
        int run(OpenProject project) throws Exception;
    }

    /** Opens the project at {@code folder}, runs {@code work} and closes the project again. */
    static int withProject(Path folder, Work work) throws Exception {
        return withProject(folder, null, work);
    }

    /** The same for a project that may be encrypted: its password comes from {@code passwordFile} or is asked. */
    static int withProject(Path folder, Path passwordFile, Work work) throws Exception {
        char[] secret = PasswordOption.forOpening(folder, passwordFile);
        try (OpenProject open = new OpenProject(PasswordOption.openStore(folder, passwordFile, secret))) {
            return work.run(open);
        } finally {
            PasswordOption.clear(secret);
        }
    }
}
