package org.glose.core.analysis.saved;

import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Gives a saved analysis another name, keeping its id, settings and date; a name another saved analysis has is
 * refused. Its inverse gives the old name back.
 */
public final class RenameSavedAnalysis implements Command<SavedAnalysis> {

    private final String from;
    private final String to;

    public RenameSavedAnalysis(String from, String to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public String label() {
        return "Rename saved analysis \u201c" + from + "\u201d \u2192 \u201c" + to + "\u201d";
    }

    @Override
    public Applied<SavedAnalysis> apply(Tx tx) {
        String old = SaveAnalysis.validName(from);
        String name = SaveAnalysis.validName(to);
        SavedAnalysis analysis = tx.savedAnalyses().byName(old)
                .orElseThrow(() -> new InvalidInputException("There is no saved analysis \"" + old + "\"."));
        if (name.equals(old)) {
            throw new InvalidInputException("The saved analysis is already called \"" + name + "\".");
        }
        if (tx.savedAnalyses().byName(name).isPresent()) {
            throw new InvalidInputException("Another saved analysis is already called \"" + name + "\".");
        }
        tx.savedAnalyses().delete(analysis.id());
        SavedAnalysis renamed = tx.savedAnalyses().put(new SavedAnalysis(analysis.id(), name, analysis.kind(),
                analysis.settings(), analysis.createdAt()));
        return Applied.of(renamed, new RenameSavedAnalysis(name, old));
    }
}
