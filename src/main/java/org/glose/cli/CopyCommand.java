package org.glose.cli;

import java.nio.file.Path;
import java.util.Map;
import org.glose.store.ProjectCopy;
import org.glose.store.ServerUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glose copy SOURCE TARGET}: a project between a folder and a PostgreSQL database, both ways (docs/cli.md). */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copies a whole project from a folder to a team project database (jdbc:postgresql://host[:port]/"
                + "database) or back, losing nothing: ids and GUIDs, codings, coders, memos, cases, attributes, "
                + "history, original files. TARGET must hold no project yet (exit 3); the copy lands whole or not "
                + "at all.")
final class CopyCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "A project folder or a jdbc:postgresql:// URL.")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "A new project folder or a jdbc:postgresql:// URL "
            + "of a database without a project.")
    Path target;

    @Option(names = "--password-file", paramLabel = "F",
            description = "The source's password: of an encrypted folder, or of the server's role.")
    Path sourcePasswordFile;

    @Option(names = "--target-password-file", paramLabel = "F",
            description = "The password of the target server's role (else GLOSE_DB_PASSWORD or the URL's own).")
    Path targetPasswordFile;

    @Override
    public Integer call() {
        char[] from = ServerUrl.isServer(source) ? PasswordOption.serverPassword(sourcePasswordFile)
                : PasswordOption.forOpening(source, sourcePasswordFile);
        char[] to = ServerUrl.isServer(target) ? PasswordOption.serverPassword(targetPasswordFile) : null;
        try {
            Map<String, Integer> rows = ProjectCopy.copy(source, from, target, to);
            out().println("Copied the project from " + shown(source) + " to " + shown(target) + ": "
                    + rows.getOrDefault("document", 0) + " document(s), " + rows.getOrDefault("code", 0)
                    + " code(s), " + rows.getOrDefault("coding", 0) + " coding(s), " + rows.getOrDefault("memo", 0)
                    + " memo(s), " + rows.values().stream().mapToInt(Integer::intValue).sum() + " rows in all.");
            return GloseCli.OK;
        } finally {
            PasswordOption.clear(from);
            PasswordOption.clear(to);
        }
    }

    private static String shown(Path location) {
        return ServerUrl.isServer(location) ? ServerUrl.of(location).toString() : location.toString();
    }
}
