package org.glose.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.task.Cancellation;
import org.glose.core.task.Progress;
import org.glose.interchange.refi.QdpxExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the whole project as a REFI-QDA project file (.qdpx) that NVivo, ATLAS.ti, MAXQDA, "
                + "QualCoder and Glose (glose import-qdpx) open: documents, codes, codings, memos, cases and "
                + "attributes.", "The file is written only when complete; an existing file is replaced."})
final class ExportCommand extends ProjectCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "qdpx (REFI-QDA project).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .qdpx file to write.")
    Path out;

    @Override
    int run(OpenProject project) {
        if (!format.strip().toLowerCase(Locale.ROOT).equals("qdpx")) {
            throw new InvalidInputException("The export format \"" + format + "\" is unknown: use qdpx.");
        }
        int documents = new QdpxExport(Clock.systemUTC()).export(project, out, Progress.NONE, new Cancellation());
        int codes = project.read(tx -> tx.codes().list().size());
        int codings = project.read(tx -> tx.codings().countByCode().values().stream().mapToInt(i -> i).sum());
        out().println("Exported " + documents + " document(s), " + codes + " code(s) and " + codings
                + " coding(s) to " + out + ".");
        return GloseCli.OK;
    }
}
