package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.glose.core.project.ProjectProblemException;
import org.glose.store.ProjectFolder;
import org.glose.store.ServerUrl;
import org.glose.store.Snapshot;
import org.glose.store.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists the snapshots without opening the project: it works while the project is open elsewhere, or damaged. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the project's snapshots, newest first.")
final class SnapshotListCommand extends CliCommand {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = "--json", description = "An array of {id, takenAt, kind, bytes, file}.")
    boolean json;

    @JsonPropertyOrder({"id", "takenAt", "kind", "bytes", "file"})
    record SnapshotJson(String id, String takenAt, String kind, long bytes, String file) {
        static SnapshotJson of(Snapshot s) {
            return new SnapshotJson(s.id(), s.takenAt().toString(), s.kind().tag(), s.size(), s.file().toString());
        }
    }

    @Override
    public Integer call() {
        ServerUrl.refuseFolderOnly(project);
        if (!ProjectFolder.isProject(project) && !java.nio.file.Files.isDirectory(ProjectFolder.snapshots(project))) {
            throw new ProjectProblemException("There is no Glose project at " + project + ".");
        }
        List<Snapshot> snapshots = Snapshots.of(project).list();
        if (json) {
            JsonOutput.print(out(), snapshots.stream().map(SnapshotJson::of).toList());
            return GloseCli.OK;
        }
        if (snapshots.isEmpty()) {
            out().println("The project has no snapshot yet (glose snapshot create " + project + " takes one).");
            return GloseCli.OK;
        }
        TextTable table = new TextTable("ID", "TAKEN", "KIND", "SIZE");
        for (Snapshot s : snapshots) {
            table.row(s.id(), WHEN.format(s.takenAt().atZone(ZoneId.systemDefault())), s.kind().tag(), size(s.size()));
        }
        table.print(out());
        return GloseCli.OK;
    }

    static String size(long bytes) {
        return bytes < 1 << 20 ? (bytes + 1023) / 1024 + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB",
                bytes / 1048576.0);
    }
}
