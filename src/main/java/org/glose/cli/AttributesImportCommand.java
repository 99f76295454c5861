package org.glose.cli;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Sets case attributes from a CSV file (RFC 4180, UTF-8).",
                "Header row: case,attribute,value",
                "Cases and attributes are created when new; an empty value clears the attribute. "
                        + "A value must fit its attribute's type; a new attribute is text unless all its values "
                        + "are numbers (number) or ISO dates (date), which the output says. "
                        + "All rows or none: the first bad line is named."})
final class AttributesImportCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file.")
    Path file;

    @Override
    int run(OpenProject project) throws Exception {
        List<AttributeRow> rows = InputFiles.readCsv(file, AttributesCsv::read);
        ImportAttributes importing = new ImportAttributes(rows);
        ImportAttributes.Review review = project.read(importing::review);
        int set = project.execute(importing);
        out().println("Imported " + set + " attribute value(s).");
        review.typedSentences().forEach(out()::println);
        return GloseCli.OK;
    }
}
