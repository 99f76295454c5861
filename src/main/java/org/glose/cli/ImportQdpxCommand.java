package org.glose.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.interchange.refi.LossReport;
import org.glose.interchange.refi.QdpxImport;
import org.glose.store.H2ProjectStore;
import org.glose.store.ProjectCopy;
import org.glose.store.ServerUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-qdpx", mixinStandardHelpOptions = true,
        description = {"Creates the project PROJECT from a REFI-QDA project file (.qdpx) written by NVivo, "
                + "ATLAS.ti, MAXQDA, QualCoder or Glose, and reports what could not be imported and why.",
                "All or nothing: PROJECT appears only when the import is complete. It must not exist (or be an "
                        + "empty folder, or a database without a project)."})
final class ImportQdpxCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx file.")
    Path file;

    @Parameters(index = "1", paramLabel = "PROJECT", description = "The new project's folder, or the "
            + "jdbc:postgresql://host[:port]/database URL of an empty database for a team project.")
    Path project;

    @Option(names = "--password-file", paramLabel = "F", description = "For a team project URL: a file whose first "
            + "line is the password of the server's role (else GLOSE_DB_PASSWORD or the URL's own).")
    Path passwordFile;

    @Option(names = "--dry-run", description = "Only print the report of what would be imported and left out.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    /** The {@code --json} output; field names and order are part of the command-line contract. */
    record Report(int codes, int sources, int codings, int notes, int cases, List<Skipped> skipped) {
        record Skipped(String what, String why) {
        }

        static Report of(LossReport r) {
            return new Report(r.codes(), r.sources(), r.codings(), r.notes(), r.cases(),
                    r.skipped().stream().map(s -> new Skipped(s.what(), s.why())).toList());
        }
    }

    @Override
    public Integer call() {
        boolean server = ServerUrl.isServer(project);
        LossReport report = dryRun ? QdpxImport.preview(file)
                : server ? importToServer() : importInto(project);
        if (json) {
            JsonOutput.print(out(), Report.of(report));
        } else {
            report.lines(dryRun).forEach(out()::println);
            if (dryRun) {
                out().println("Dry run: nothing was written.");
            } else {
                out().println("Created the project in " + (server ? ServerUrl.of(project) : project) + ".");
            }
        }
        return GloseCli.OK;
    }

    private LossReport importInto(Path folder) {
        return new QdpxImport((f, name) -> new OpenProject(H2ProjectStore.create(f, name)))
                .importAs(file, folder, Progress.NONE, new Cancellation());
    }

    /**
     * A team project: the file is imported into a temporary folder, which is then copied to the empty database in
     * one transaction, so that the project there appears whole or not at all, as in a folder.
     */
    private LossReport importToServer() {
        Path temp;
        try {
            temp = Files.createTempDirectory("glose-qdpx-");
        } catch (IOException e) {
            throw new ProjectProblemException("Cannot create a temporary folder for the import: " + e.getMessage(), e);
        }
        char[] secret = PasswordOption.serverPassword(passwordFile);
        try {
            LossReport report = importInto(temp.resolve("project"));
            ProjectCopy.copy(temp.resolve("project"), null, project, secret);
            return report;
        } finally {
            PasswordOption.clear(secret);
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                // a temporary copy left behind holds nothing the server does not have
            }
        }
    }
}
