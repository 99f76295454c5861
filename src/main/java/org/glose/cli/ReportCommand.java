package org.glose.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.glose.core.analysis.ProjectReport;
import org.glose.core.analysis.ProjectReports;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.interchange.report.DocxReport;
import org.glose.interchange.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a report of the project: the codebook with its definitions, counts per code and "
                + "document, the co-occurrence heatmap and the coded extracts per code, with what it was computed "
                + "from. FILE.html is one self-contained page; FILE.docx holds the codebook and coded passages "
                + "(for a thesis appendix)."})
final class ReportCommand extends ProjectCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .html or .docx file to write.")
    Path file;

    @Mixin
    CooccurrenceOptions cooccurrence;

    @Mixin
    AnalysisFilterOptions filters;

    @Override
    int run(OpenProject project) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean docx = name.endsWith(".docx");
        if (!docx && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new InvalidInputException("The report is written as .html or .docx, not " + file.getFileName()
                    + ".");
        }
        CoOccurrenceOptions options = cooccurrence.options(filters.subcodes);
        ProjectReport report = ProjectReports.report(project, filters.filter(), options, TableOutput.version());
        try {
            if (docx) {
                DocxReport.write(report, file);
            } else {
                HtmlReport.write(report, file);
            }
        } catch (IOException e) {
            throw TableOutput.cannotWrite(e);
        }
        out().println("Wrote the report of " + report.codebook().size() + " code(s) and "
                + report.provenance().codings() + " coding(s) to " + file + ".");
        return GloseCli.OK;
    }
}
