package org.glose.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.coding.CodeSpec;
import org.glose.core.coding.ImportCodebook;
import org.glose.core.project.OpenProject;
import org.glose.interchange.codebook.CodebookYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds the codes of a Glose codebook file (format: glose-codebook/1, YAML or JSON) or of a "
                + "REFI-QDA codebook (.qdc).",
                "Codes whose path already exists are kept as they are; importing twice changes nothing. A .qdc "
                        + "is merged by GUID, then by path, and the conflicts are listed."})
final class CodebookImportCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "FILE", description = "The codebook file.")
    Path file;

    @Option(names = "--dry-run", description = "For a .qdc: only print what the merge would do.")
    boolean dryRun;

    @Override
    int run(OpenProject project) throws Exception {
        if (CodebookQdcImport.isQdc(file)) {
            return CodebookQdcImport.run(project, file, dryRun, out());
        }
        List<CodeSpec> specs;
        try (InputStream in = InputFiles.open(file)) {
            specs = CodebookYaml.read(in);
        }
        ImportCodebook.Outcome outcome = project.execute(new ImportCodebook(specs));
        out().println("Created " + outcome.created() + " code(s); " + outcome.existing() + " already existed.");
        return GloseCli.OK;
    }
}
