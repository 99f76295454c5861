package org.glose.cli;

import java.nio.file.Path;
import org.glose.core.project.OpenProject;
import org.glose.interchange.codebook.CodebookExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the codebook to a file: qdc (REFI-QDA codebook for NVivo, ATLAS.ti, MAXQDA...), csv "
                + "(one row per code) or md (Markdown, to read or print)."})
final class CodebookExportCommand extends ProjectCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "qdc, csv or md.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    int run(OpenProject project) {
        int codes = CodebookExport.write(project, CodebookExport.Format.parse(format), out);
        out().println("Exported " + codes + " code(s) to " + out + ".");
        return GloseCli.OK;
    }
}
