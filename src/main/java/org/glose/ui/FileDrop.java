package org.glose.ui;

import static org.glose.ui.i18n.I18n.t;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.glose.store.ProjectFolder;

/**
 * Files dropped onto the window, as in NVivo and MAXQDA: a Glose project folder opens; codebooks (.qdc, .yaml,
 * .yml, .json) are imported into the codebook; every other file (and the files of a dropped folder) is imported
 * as a document, through the same import as File ▸ Import documents (tables get the column choice, refused files
 * their sentence).
 */
final class FileDrop {

    /** What a drop does: a project to open, or codebooks and documents to import (either may be empty). */
    record Plan(Path project, List<Path> codebooks, List<Path> documents) {
    }

    private FileDrop() {
    }

    static void install(Scene scene, ProjectSession session, ProjectActions actions) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles() || e.getGestureSource() != null) {
                return;
            }
            List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            drop(session, actions, plan(dropped));
        });
    }

    static void drop(ProjectSession session, ProjectActions actions, Plan plan) {
        if (plan.project() != null) {
            session.open(plan.project());
            return;
        }
        if (plan.codebooks().isEmpty() && plan.documents().isEmpty()) {
            return;
        }
        if (session.project() == null) {
            session.announce(t("drop.noProject"));
            return;
        }
        if (session.refusedReadOnly()) {
            return;
        }
        plan.codebooks().forEach(actions::importCodebook);
        actions.importFiles(plan.documents());
    }

    /** Sorts the dropped paths: one project folder wins; a plain folder gives its files (not its sub-folders). */
    static Plan plan(List<Path> dropped) {
        for (Path p : dropped) {
            if (Files.isDirectory(p) && ProjectFolder.isProject(p)) {
                return new Plan(p, List.of(), List.of());
            }
        }
        List<Path> codebooks = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        for (Path p : dropped) {
            for (Path file : Files.isDirectory(p) ? filesOf(p) : List.of(p)) {
                (isCodebook(file) ? codebooks : documents).add(file);
            }
        }
        return new Plan(null, codebooks, documents);
    }

    private static boolean isCodebook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".qdc") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static List<Path> filesOf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(folder); // the import names what it cannot read
        }
    }
}
