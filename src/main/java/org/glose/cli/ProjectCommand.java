package org.glose.cli;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;

/** A subcommand on an existing project: opens PROJECT, runs, closes it (exit 3 when it cannot be opened). */
abstract class ProjectCommand extends FolderCommand {

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
        return opened(folder, passwordFile, work::run);
    }

    /** What is read from an open project. */
    interface Reading<T> {
        T read(OpenProject project) throws Exception;
    }

    /** Opens the project at {@code folder} (password as for {@link #withProject}), reads and closes it again. */
    static <T> T opened(Path folder, Path passwordFile, Reading<T> reading) throws Exception {
        char[] secret = PasswordOption.forOpening(folder, passwordFile);
        try (OpenProject open = new OpenProject(PasswordOption.openStore(folder, passwordFile, secret))) {
            return reading.read(open);
        } finally {
            PasswordOption.clear(secret);
        }
    }
}
