package org.glose.core.analysis.saved;

import java.util.Optional;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Sets what is saved under a name: new settings (replacing any analysis of that name), nothing (delete), or an
 * earlier saved analysis with its id (undo). Every case is this one command, so each is the other's inverse: its
 * inverse puts back what the name held before.
 */
public final class SaveAnalysis implements Command<SavedAnalysis> {

    private final String name;
    private final String label;
    private final SavedAnalysis replacement;

    private SaveAnalysis(String name, String label, SavedAnalysis replacement) {
        this.name = name;
        this.label = label;
        this.replacement = replacement;
    }

    /** Saves {@code settings} under {@code name}, replacing the analysis saved under it, if any. */
    public static SaveAnalysis save(String name, AnalysisSettings settings) {
        String n = validName(name);
        return new SaveAnalysis(n, "Save analysis \u201c" + n + "\u201d", new SavedAnalysis(0, n, settings.kind(),
                AnalysisSettingsText.write(settings), null));
    }

    /** Deletes the analysis saved under {@code name}; refused when there is none. */
    public static SaveAnalysis delete(String name) {
        String n = validName(name);
        return new SaveAnalysis(n, "Delete saved analysis \u201c" + n + "\u201d", null);
    }

    @Override
    public String label() {
        return label;
    }

    /** Returns the analysis now saved under the name or, for a delete, the one deleted. */
    @Override
    public Applied<SavedAnalysis> apply(Tx tx) {
        Optional<SavedAnalysis> former = tx.savedAnalyses().byName(name);
        if (replacement == null && former.isEmpty()) {
            throw new InvalidInputException("There is no saved analysis \"" + name + "\".");
        }
        former.ifPresent(a -> tx.savedAnalyses().delete(a.id()));
        SavedAnalysis now = null;
        if (replacement != null) {
            SavedAnalysis put = replacement.createdAt() != null ? replacement : new SavedAnalysis(0, name,
                    replacement.kind(), replacement.settings(), tx.now());
            now = tx.savedAnalyses().put(put);
        }
        String undoLabel = former.isPresent() ? "Restore saved analysis \u201c" + name + "\u201d"
                : "Delete saved analysis \u201c" + name + "\u201d";
        return Applied.of(now != null ? now : former.get(), new SaveAnalysis(name, undoLabel, former.orElse(null)));
    }

    static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A saved analysis needs a name.");
        }
        String n = name.strip();
        if (n.length() > 200) {
            throw new InvalidInputException("A saved analysis's name has at most 200 characters.");
        }
        return n;
    }
}
