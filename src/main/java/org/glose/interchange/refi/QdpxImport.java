package org.glose.interchange.refi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.core.task.Cancellation;
import org.glose.core.task.GloseTask;
import org.glose.core.task.Progress;

/**
 * Imports a QDPX file as a new Glose project, all or nothing: the file is read and planned first (the loss report),
 * the project is built in a hidden folder beside the target and moved into place only when complete; on any
 * failure or cancellation the hidden folder is deleted and the target is left as it was.
 */
public final class QdpxImport {

    private final ProjectFactory factory;

    public QdpxImport(ProjectFactory factory) {
        this.factory = factory;
    }

    /** The loss report of an import, without writing anything. */
    public static LossReport preview(Path qdpx) {
        try (QdpxArchive archive = QdpxArchive.open(qdpx)) {
            return ImportPlanner.plan(archive).report();
        }
    }

    public GloseTask<LossReport> task(Path qdpx, Path target) {
        return new GloseTask<>() {
            @Override
            public String title() {
                return "Importing " + qdpx.getFileName();
            }

            @Override
            public LossReport run(Progress progress, Cancellation cancellation) {
                return importAs(qdpx, target, progress, cancellation);
            }
        };
    }

    /** Creates the project {@code target} from {@code qdpx}; returns what was imported and what was left out. */
    public LossReport importAs(Path qdpx, Path target, Progress progress, Cancellation cancellation) {
        requireFreeTarget(target);
        progress.update(0, 3, "Reading " + qdpx.getFileName());
        ImportPlan plan;
        try (QdpxArchive archive = QdpxArchive.open(qdpx)) {
            plan = ImportPlanner.plan(archive);
        }
        cancellation.throwIfCancelled();
        progress.update(1, 3, "Writing the project");
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".importing-" + UUID.randomUUID());
        try {
            LossReport report;
            try (OpenProject project = factory.create(temp, plan.projectName())) {
                report = project.execute(new WriteImportPlan(plan));
                project.history().clear();
            }
            cancellation.throwIfCancelled();
            progress.update(2, 3, "Moving the project into place");
            moveIntoPlace(temp, absolute);
            progress.update(3, 3, "Imported " + qdpx.getFileName());
            return report;
        } catch (RuntimeException e) {
            try {
                deleteTree(temp);
            } catch (UncheckedIOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The target must not exist, or be an empty folder: an import never mixes into existing files. */
    private static void requireFreeTarget(Path target) {
        if (!Files.exists(target)) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new InvalidInputException("The folder " + parent + " does not exist.");
            }
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new InvalidInputException(target + " already exists and is a file; choose a new project folder.");
        }
        try (var entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new InvalidInputException(target + " already exists and is not empty; a REFI-QDA import "
                        + "creates a new project: choose a new folder.");
            }
        } catch (IOException e) {
            throw new ProjectProblemException("Cannot read the folder " + target + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) {
        try {
            Files.deleteIfExists(target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (DirectoryNotEmptyException e) {
            throw new InvalidInputException(target + " was filled while importing; the import was abandoned.", e);
        } catch (IOException e) {
            throw new ProjectProblemException("Cannot move the imported project to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The unfinished import in " + folder + " could not be removed", e);
        }
    }
}
