package org.glose.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.glose.core.coding.MergeCodebook;
import org.glose.core.project.OpenProject;
import org.glose.interchange.codebook.QdcReader;

/**
 * {@code glose codebook import} for a REFI-QDA codebook (.qdc): prints the merge preview (matches, additions,
 * conflicts), then merges unless it is a dry run. The project's values win every conflict.
 */
final class CodebookQdcImport {

    private CodebookQdcImport() {
    }

    static boolean isQdc(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc");
    }

    static int run(OpenProject project, Path file, boolean dryRun, PrintWriter out) throws Exception {
        QdcReader.QdcCodebook book;
        try (InputStream in = InputFiles.open(file)) {
            book = QdcReader.read(in, String.valueOf(file.getFileName()));
        }
        MergeCodebook merge = new MergeCodebook(book.codes());
        MergeCodebook.Preview preview = dryRun ? project.read(merge::preview) : project.execute(merge);
        out.println("Matched " + preview.matchedByGuid() + " code(s) by GUID and " + preview.matchedByPath()
                + " by path; " + (dryRun ? "would add " : "added ") + preview.added() + "; "
                + (dryRun ? "would fill in " : "filled in ") + "the empty fields of " + preview.filled() + ".");
        preview.addedPaths().forEach(p -> out.println("  + " + p));
        if (!preview.conflicts().isEmpty()) {
            out.println(preview.conflicts().size() + " conflict(s), the project's values kept:");
            preview.conflicts().forEach(c -> out.println("  ! " + c.path() + " — " + c.field() + ": project \""
                    + oneLine(c.inProject()) + "\", file \"" + oneLine(c.inFile()) + "\""));
        }
        if (book.nonCodable() > 0) {
            out.println("Note: " + book.nonCodable() + " code(s) marked not codable in the file are ordinary codes "
                    + "in Glose.");
        }
        if (dryRun) {
            out.println("Dry run: nothing was changed.");
        }
        return GloseCli.OK;
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
