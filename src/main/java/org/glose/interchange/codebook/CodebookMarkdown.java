package org.glose.interchange.codebook;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.glose.core.model.Code;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.Codebook;

/**
 * Writes the codebook as a Markdown document to read or print: one heading per code (nested as the tree, deeper
 * than level 6 as bold paragraphs), its colour and number of codings, definition, criteria and example.
 */
public final class CodebookMarkdown {

    private CodebookMarkdown() {
    }

    public static void write(String projectName, Codebook book, Map<Long, Integer> codingCounts, Writer out)
            throws IOException {
        out.write("# Codebook — " + escape(projectName) + "\n\n");
        out.write(book.size() + (book.size() == 1 ? " code." : " codes.") + "\n");
        for (Code c : book.depthFirst()) {
            int level = book.depth(c.id()) + 2;
            out.write("\n");
            out.write(level <= 6 ? "#".repeat(level) + " " + escape(c.name()) + "\n"
                    : "**" + escape(book.pathOf(c.id())) + "**\n");
            CodeDetails d = c.details();
            int n = codingCounts.getOrDefault(c.id(), 0);
            out.write("\nColour `" + d.colour() + "` · " + n + (n == 1 ? " coding" : " codings") + "\n");
            if (d.description() != null) {
                out.write("\n" + d.description() + "\n");
            }
            field(out, "Inclusion criteria", d.inclusion());
            field(out, "Exclusion criteria", d.exclusion());
            field(out, "Example", d.example());
        }
    }

    private static void field(Writer out, String label, String value) throws IOException {
        if (value != null) {
            out.write("\n**" + label + ":** " + value + "\n");
        }
    }

    /** Escapes the characters that would turn a name into Markdown markup. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
