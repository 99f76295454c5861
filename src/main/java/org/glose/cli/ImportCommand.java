package org.glose.cli;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.project.OpenProject;
import org.glose.importer.DocumentReaders;
import org.glose.importer.ImportOutcome;
import org.glose.importer.ProjectImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports documents (.txt, .docx, .pdf and the other formats of docs/import.md), one line "
                + "per file: imported and skipped files on stdout, refused files on stderr.",
                "Exit 0 when every file was imported or skipped as already present, 2 when any was refused."})
final class ImportCommand extends ProjectCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> files;

    @Override
    int run(OpenProject project) {
        ProjectImporter importer = new ProjectImporter(project, DocumentReaders.load());
        boolean refused = false;
        for (Path file : files) {
            ImportOutcome outcome = importer.importFile(file);
            var stream = outcome.refused() ? err() : out();
            stream.println(outcome.message());
            outcome.warnings().forEach(w -> stream.println("  " + w));
            refused |= outcome.refused();
        }
        return refused ? GloseCli.REFUSED : GloseCli.OK;
    }
}
