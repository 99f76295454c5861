package org.glose.core.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;

/**
 * Reads what is to be merged from where the user points: a project folder (opened read-only, never changed) or a
 * one-file export (imported into a temporary project that is deleted afterwards). The faces pass the two ways of
 * opening, which live in the store and interchange packages.
 */
public final class MergeSources {

    /** Opens a project folder read-only. */
    @FunctionalInterface
    public interface Opener {
        OpenProject openReadOnly(Path folder);
    }

    /** Creates the project {@code target} from an export file. */
    @FunctionalInterface
    public interface Importer {
        void importInto(Path file, Path target);
    }

    private MergeSources() {
    }

    /** The content at {@code other}, named after its folder or file. */
    public static MergeSource read(Path other, Path current, Opener opener, Importer importer) {
        Path absolute = other.toAbsolutePath().normalize();
        if (absolute.equals(current.toAbsolutePath().normalize())) {
            throw new InvalidInputException("A project cannot be merged into itself.");
        }
        String name = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        if (!Files.isRegularFile(absolute)) {
            return read(absolute, name, opener);
        }
        Path temp;
        try {
            temp = Files.createTempDirectory("glose-merge-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path folder = temp.resolve("project");
            importer.importInto(absolute, folder);
            return read(folder, name, opener);
        } finally {
            delete(temp);
        }
    }

    private static MergeSource read(Path folder, String name, Opener opener) {
        try (OpenProject from = opener.openReadOnly(folder)) {
            return from.read(tx -> MergeSource.read(tx, name));
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary copy left behind is harmless; the merge itself succeeded or failed on its own
        }
    }
}
