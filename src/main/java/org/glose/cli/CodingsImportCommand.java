package org.glose.cli;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.Coders;
import org.glose.core.coding.CodingRow;
import org.glose.core.coding.CodingsCsv;
import org.glose.core.coding.ImportCodings;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds codings from a CSV file (RFC 4180, UTF-8).",
                "Header row: document,start,end,code[,coder]",
                "Unknown coders are created. All rows or none: the first bad line is named."})
final class CodingsImportCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Override
    int run(OpenProject project) throws Exception {
        List<CodingRow> rows = InputFiles.readCsv(file, in -> CodingsCsv.read(in, Coders.DEFAULT));
        int added = project.execute(new ImportCodings(rows));
        out().println("Imported " + added + " coding(s).");
        return GloseCli.OK;
    }
}
