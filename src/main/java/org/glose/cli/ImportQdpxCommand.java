package org.glose.cli;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.interchange.refi.LossReport;
import org.glose.interchange.refi.QdpxImport;
import org.glose.store.H2ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-qdpx", mixinStandardHelpOptions = true,
        description = {"Creates the project PROJECT from a REFI-QDA project file (.qdpx) written by NVivo, "
                + "ATLAS.ti, MAXQDA, QualCoder or Glose, and reports what could not be imported and why.",
                "All or nothing: PROJECT appears only when the import is complete. It must not exist (or be an "
                        + "empty folder)."})
final class ImportQdpxCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx file.")
    Path file;

    @Parameters(index = "1", paramLabel = "PROJECT", description = "The new project's folder.")
    Path project;

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
        LossReport report = dryRun ? QdpxImport.preview(file)
                : new QdpxImport((folder, name) -> new OpenProject(H2ProjectStore.create(folder, name)))
                        .importAs(file, project, Progress.NONE, new Cancellation());
        if (json) {
            JsonOutput.print(out(), Report.of(report));
        } else {
            report.lines(dryRun).forEach(out()::println);
            if (dryRun) {
                out().println("Dry run: nothing was written.");
            } else {
                out().println("Created the project in " + project + ".");
            }
        }
        return GloseCli.OK;
    }
}
