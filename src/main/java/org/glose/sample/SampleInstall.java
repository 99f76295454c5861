package org.glose.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.glose.core.project.OpenProject;
import org.glose.core.project.ProjectProblemException;
import org.glose.store.ProjectFolder;

/**
 * Puts the sample project in place all at once: it is built in a hidden folder beside the target and then renamed
 * to it, so a first launch that is interrupted (killed, power cut) leaves no half project where the sample should
 * be; the next launch removes the leftover and builds again. A target folder that is not a project (the remains
 * of an interrupted build by an older Glose) is replaced too; a target that is a project is never touched.
 */
final class SampleInstall {

    private SampleInstall() {
    }

    /** The hidden folder where the sample for {@code target} is built. */
    static Path buildFolder(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".building");
    }

    /** Builds the sample project at {@code target}, which must not be a project, and returns it open. */
    static OpenProject install(Path target) {
        Path building = buildFolder(target);
        try {
            deleteTree(building);
            if (Files.exists(target) && !ProjectFolder.isProject(target)) {
                deleteTree(target);
            }
            Files.createDirectories(target.getParent());
            SampleProject.create(building).close();
            move(building, target);
        } catch (IOException e) {
            quietlyDelete(building);
            throw new ProjectProblemException("The sample project could not be created in " + target + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            quietlyDelete(building);
            throw e;
        }
        return new OpenProject(org.glose.store.H2ProjectStore.open(target));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // both folders are in the same parent, so this only happens on unusual file systems
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void quietlyDelete(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // the next launch removes it before building again
        }
    }
}
