package org.glose.interchange.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.glose.core.analysis.ProjectReport;
import org.glose.core.analysis.ProjectReport.Entry;
import org.glose.core.analysis.ProjectReport.Extract;
import org.glose.core.analysis.chart.CellFormat;
import org.glose.core.model.CodeDetails;

/**
 * Writes the codebook and the coded passages of a {@link ProjectReport} as a Word document (POI) for a thesis
 * appendix: one heading per code (nested up to three levels), its definition, then each passage as an indented
 * quotation followed by its document, range and coder; the provenance closes the document.
 */
public final class DocxReport {

    private DocxReport() {
    }

    public static void write(ProjectReport report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        }
    }

    public static void write(ProjectReport report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFRun title = doc.createParagraph().createRun();
            title.setText(report.projectName() + " — codebook and coded passages");
            title.setBold(true);
            title.setFontSize(16);
            for (Entry e : report.codebook()) {
                XWPFRun heading = doc.createParagraph().createRun();
                heading.setText(CellFormat.codeLabel(e.path()));
                heading.setBold(true);
                heading.setFontSize(Math.max(11, 14 - 1.5 * e.depth()));
                CodeDetails d = e.code().details();
                field(doc, "Definition", d.description());
                field(doc, "Include", d.inclusion());
                field(doc, "Exclude", d.exclusion());
                field(doc, "Example", d.example());
                for (Extract x : e.extracts()) {
                    XWPFParagraph quote = doc.createParagraph();
                    quote.setIndentationLeft(567);
                    XWPFRun text = quote.createRun();
                    text.setText("« " + x.text() + " »");
                    text.setItalic(true);
                    XWPFRun where = quote.createRun();
                    where.addBreak();
                    where.setText(x.document() + " [" + x.range().start() + ", " + x.range().end() + ") — "
                            + x.coder());
                    where.setFontSize(9);
                }
            }
            XWPFParagraph about = doc.createParagraph();
            about.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun run = about.createRun();
            run.setFontSize(8);
            run.setText("Written by Glose " + report.provenance().gloseVersion() + ".");
            report.provenance().lines().forEach((k, v) -> {
                run.addBreak();
                run.setText(k + " = " + v);
            });
            doc.write(out);
        }
    }

    private static void field(XWPFDocument doc, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        XWPFRun name = p.createRun();
        name.setText(label + ": ");
        name.setItalic(true);
        p.createRun().setText(text);
    }
}
