package org.glose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glose.core.analysis.chart.ChartScene;
import org.glose.core.analysis.chart.SvgWriter;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.project.InvalidInputException;
import org.glose.interchange.chart.PngCharts;
import org.glose.interchange.table.CsvTables;
import org.glose.interchange.table.XlsxTables;
import picocli.CommandLine.Option;

/**
 * The file outputs shared by the analysis commands: CSV (to standard output or a file, wide or tidy), XLSX, and
 * the chart as SVG or PNG. Every file records its provenance (docs/analysis.md). When CSV goes to standard
 * output, standard output holds only the CSV.
 */
final class TableOutput {

    static final String STDOUT = "-";

    @Option(names = "--csv", arity = "0..1", fallbackValue = STDOUT, paramLabel = "FILE",
            description = "Write the table as CSV to FILE (--csv=FILE), or to standard output without FILE.")
    String csv;

    @Option(names = "--tidy", description = "Write the CSV in long form: one row per cell, ready for R and pandas.")
    boolean tidy;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the table (and its long form) to an Excel file.")
    Path xlsx;

    @Option(names = "--svg", paramLabel = "FILE", description = "Write the chart as SVG.")
    Path svg;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the chart as PNG (twice the on-screen size).")
    Path png;

    /** True when standard output must hold only the CSV. */
    boolean csvToStdout() {
        return STDOUT.equals(csv);
    }

    /** Writes every output asked for; {@code log} gets one "Wrote FILE." line per file (null: silent). */
    void write(AnalysisTable wide, AnalysisTable tidyTable, ChartScene chart, Provenance provenance, PrintWriter out,
               PrintWriter log) {
        AnalysisTable chosen = tidy ? tidyTable : wide;
        try {
            if (csvToStdout()) {
                StringWriter text = new StringWriter();
                CsvTables.write(chosen, text);
                out.print(text);
            } else if (csv != null) {
                CsvTables.write(chosen, provenance, Path.of(csv));
                wrote(log, Path.of(csv));
            }
            if (xlsx != null) {
                XlsxTables.write(List.of(wide, tidyTable), provenance, xlsx);
                wrote(log, xlsx);
            }
            if (svg != null) {
                Files.writeString(svg, SvgWriter.write(chart, provenance.lines()), StandardCharsets.UTF_8);
                wrote(log, svg);
            }
            if (png != null) {
                PngCharts.write(chart, 2, provenance.lines(), png);
                wrote(log, png);
            }
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /** These options as command-line arguments (to run a saved analysis with the same outputs). */
    List<String> args() {
        List<String> args = new java.util.ArrayList<>();
        if (csv != null) {
            args.add(csvToStdout() ? "--csv" : "--csv=" + csv);
        }
        if (tidy) {
            args.add("--tidy");
        }
        java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
        files.put("--xlsx", xlsx);
        files.put("--svg", svg);
        files.put("--png", png);
        files.forEach((option, file) -> {
            if (file != null) {
                args.add(option + "=" + file);
            }
        });
        return args;
    }

    static InvalidInputException cannotWrite(IOException e) {
        String what = e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException
                ? e.getMessage() : e.toString();
        return new InvalidInputException("Could not write the file: " + what + ".");
    }

    private static void wrote(PrintWriter log, Path file) {
        if (log != null) {
            log.println("Wrote " + file + ".");
        }
    }

    /** The version written into provenance: the same as {@code glose --version}. */
    static String version() {
        String v = new VersionProvider().getVersion()[0];
        return v.startsWith("glose ") ? v.substring(6) : v;
    }
}
