package org.glose.ui.analysis;

import static org.glose.ui.i18n.I18n.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.glose.core.analysis.chart.ChartScene;
import org.glose.core.analysis.chart.SvgWriter;
import org.glose.core.analysis.data.Provenance;
import org.glose.core.analysis.table.AnalysisTable;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;
import org.glose.core.task.TaskRunner;
import org.glose.interchange.chart.PngCharts;
import org.glose.interchange.table.CsvTables;
import org.glose.interchange.table.XlsxTables;

/**
 * Exports of an analysis pane: the table to Excel (with its long form) or CSV (wide, or tidy for R and pandas),
 * the chart to SVG or PNG, each with its provenance. Files are written off the FX thread by the task runner.
 */
final class AnalysisExports {

    /** What a pane exports right now. */
    record Content(AnalysisTable wide, AnalysisTable tidy, ChartScene chart, Provenance provenance) {
    }

    enum Format {
        XLSX("*.xlsx"), CSV("*.csv"), TIDY_CSV("*.csv"), SVG("*.svg"), PNG("*.png");

        final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }

        /** The menu item, also the file chooser's filter. */
        String label() {
            return switch (this) {
                case XLSX -> t("analysis.export.xlsx");
                case CSV -> t("analysis.export.csv");
                case TIDY_CSV -> t("analysis.export.tidyCsv");
                case SVG -> t("analysis.export.svg");
                case PNG -> t("analysis.export.png");
            };
        }
    }

    private final Supplier<Content> content;
    private final TaskRunner runner;
    private final Consumer<String> status;

    AnalysisExports(Supplier<Content> content, TaskRunner runner, Consumer<String> status) {
        this.content = content;
        this.runner = runner;
        this.status = status;
    }

    /** An "Export" menu button; disabled by the pane while there is nothing to export. */
    MenuButton button(Supplier<Window> owner) {
        MenuButton button = new MenuButton(t("analysis.export"));
        button.setId("export-button");
        for (Format f : Format.values()) {
            MenuItem item = new MenuItem(f.label());
            item.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), f.pattern));
                java.io.File file = chooser.showSaveDialog(owner.get());
                if (file != null) {
                    export(f, file.toPath());
                }
            });
            button.getItems().add(item);
        }
        return button;
    }

    /** Writes the current content in {@code format} to {@code file} in the background; reports on the status line. */
    void export(Format format, Path file) {
        Content c = content.get();
        if (c == null) {
            return;
        }
        runner.submit(new GloseTask<Path>() {
            @Override
            public String title() {
                return t("analysis.export.task", file.getFileName());
            }

            @Override
            public Path run(Progress progress, Cancellation cancellation) throws IOException {
                write(c, format, file);
                return file;
            }
        }, Progress.NONE, new Cancellation()).whenComplete((path, error) -> Fx.later(() -> status.accept(
                error == null ? t("analysis.exported", path) : t("analysis.export.failed", Fx.message(error)))));
    }

    static void write(Content c, Format format, Path file) throws IOException {
        switch (format) {
            case XLSX -> XlsxTables.write(List.of(c.wide(), c.tidy()), c.provenance(), file);
            case CSV -> CsvTables.write(c.wide(), c.provenance(), file);
            case TIDY_CSV -> CsvTables.write(c.tidy(), c.provenance(), file);
            case SVG -> Files.writeString(file, SvgWriter.write(c.chart(), c.provenance().lines()),
                    StandardCharsets.UTF_8);
            case PNG -> PngCharts.write(c.chart(), 2, c.provenance().lines(), file);
            default -> throw new IllegalStateException("Unknown format " + format);
        }
    }
}
