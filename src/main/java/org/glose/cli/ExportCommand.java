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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the project. qdpx: the whole project as a REFI-QDA project file that NVivo, "
                + "ATLAS.ti, MAXQDA, QualCoder and Glose (glose import-qdpx) open: documents, codes, codings, memos, "
                + "cases and attributes. xlsx: one workbook of analysis tables (codes, documents, codings, code × "
                + "document, co-occurrence and its long form, about). csv: the same tables as CSV files in the "
                + "folder --out. docx: the codebook and the coded passages, for a thesis appendix.",
                "The analysis formats take the filters of the analysis commands (--code CODE: the codebook and "
                + "passages of that code and its sub-codes). Every analysis export records the Glose version, its "
                + "parameters and filters and a hash of the data. A file is written only when complete; an existing "
                + "file is replaced."})
final class ExportCommand extends ProjectCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "qdpx (REFI-QDA project), xlsx, csv or docx.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write (for csv: the folder).")
    Path out;

    /** For the analysis formats only: which codings the tables and passages hold. */
    @Mixin
    AnalysisFilterOptions filters;

    @Override
    int run(OpenProject project) {
        if (AnalysisExport.handles(format)) {
            return AnalysisExport.run(project, format, filters.filter(), filters.subcodes, out, out());
        }
        if (!format.strip().toLowerCase(Locale.ROOT).equals("qdpx")) {
            throw new InvalidInputException("The export format \"" + format + "\" is unknown: use qdpx, xlsx, csv or "
                    + "docx.");
        }
        if (!filters.filter().isEmpty() || filters.subcodes) {
            throw new InvalidInputException("A qdpx export holds the whole project: the filters apply to the xlsx, "
                    + "csv and docx formats.");
        }
        int documents = new QdpxExport(Clock.systemUTC()).export(project, out, Progress.NONE, new Cancellation());
        int codes = project.read(tx -> tx.codes().list().size());
        int codings = project.read(tx -> tx.codings().countByCode().values().stream().mapToInt(i -> i).sum());
        out().println("Exported " + documents + " document(s), " + codes + " code(s) and " + codings
                + " coding(s) to " + out + ".");
        return GloseCli.OK;
    }
}
