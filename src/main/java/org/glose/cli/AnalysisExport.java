package org.glose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.glose.core.analysis.ProjectReports;
import org.glose.core.analysis.cooccurrence.CoOccurrenceOptions;
import org.glose.core.analysis.cooccurrence.CoOccurrenceUnit;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.project.OpenProject;
import org.glose.interchange.report.DocxReport;
import org.glose.interchange.table.CsvTables;
import org.glose.interchange.table.XlsxTables;

/**
 * The analysis formats of {@code glose export}: {@code xlsx} (one workbook: codes, documents, codings, code ×
 * document, co-occurrence and its long form, about), {@code csv} (the same tables as CSV files in a folder, with
 * provenance.txt) and {@code docx} (the codebook and coded passages). Called by {@link ExportCommand} for these
 * formats.
 */
final class AnalysisExport {

    static final Set<String> FORMATS = Set.of("xlsx", "csv", "docx");

    private AnalysisExport() {
    }

    static boolean handles(String format) {
        return FORMATS.contains(format.strip().toLowerCase(Locale.ROOT));
    }

    /** Writes the export of the filtered data; the co-occurrence sheet uses the overlap unit and counts. */
    static int run(OpenProject project, String format, AnalysisFilter filter, boolean withSubcodes, Path out,
                   PrintWriter log) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        CoOccurrenceOptions options = CoOccurrenceOptions.of(CoOccurrenceUnit.OVERLAP).withSubcodes(withSubcodes);
        try {
            if (f.equals("docx")) {
                var report = ProjectReports.report(project, filter, options, TableOutput.version());
                DocxReport.write(report, out);
                log.println("Exported the codebook (" + report.codebook().size() + " code(s)) and "
                        + report.provenance().codings() + " coded passage(s) to " + out + ".");
                return GloseCli.OK;
            }
            ProjectReports.Workbook book = ProjectReports.workbook(project, filter, options,
                    TableOutput.version());
            if (f.equals("xlsx")) {
                XlsxTables.write(book.tables(), book.provenance(), out);
                log.println("Exported " + book.tables().size() + " table(s) to " + out + ".");
            } else {
                var files = CsvTables.writeAll(book.tables(), book.provenance(), out);
                log.println("Exported " + book.tables().size() + " table(s) as CSV to " + out + " ("
                        + files.size() + " files).");
            }
            return GloseCli.OK;
        } catch (IOException e) {
            throw TableOutput.cannotWrite(e);
        }
    }
}
