package org.glose.cli;

import java.io.PrintWriter;
import java.util.List;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The warning a command prints when it has written an encrypted project's content to a file in clear (issue 9:
 * "exports say when they leave the encrypted project in clear"). {@link ProjectCommand} calls it after every
 * command that succeeded, so every command writing through {@code --out} or {@code --export} warns.
 */
final class ClearTextExports {

    /** The options through which commands write files. */
    private static final List<String> FILE_OPTIONS = List.of("--out", "--export");

    private ClearTextExports() {
    }

    static void warnIfWritten(OpenProject project, CommandSpec spec, PrintWriter err) {
        if (!project.isEncrypted()) {
            return;
        }
        for (String name : FILE_OPTIONS) {
            OptionSpec option = spec.findOption(name);
            Object written = option == null ? null : option.getValue();
            if (written != null) {
                warn(written, err);
            }
        }
    }

    static void warn(Object written, PrintWriter err) {
        err.println("Warning: the project is encrypted, but " + written + " is not: it can be read without the "
                + "password.");
    }
}
