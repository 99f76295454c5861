package org.glose.core.analysis.saved;

import java.util.List;
import org.glose.core.model.SavedAnalysis;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;

/** Reading saved analyses back: the list, and one by name with its settings. */
public final class SavedAnalyses {

    private SavedAnalyses() {
    }

    /** A saved analysis and its settings, read. */
    public record Named(SavedAnalysis saved, AnalysisSettings settings) {

        public String name() {
            return saved.name();
        }
    }

    /** All saved analyses, by name. */
    public static List<SavedAnalysis> list(OpenProject project) {
        return project.read(tx -> tx.savedAnalyses().list());
    }

    /** The analysis saved under {@code name}, ready to run; refused when there is none. */
    public static Named get(OpenProject project, String name) {
        String n = SaveAnalysis.validName(name);
        SavedAnalysis saved = project.read(tx -> tx.savedAnalyses().byName(n)).orElseThrow(() ->
                new InvalidInputException("There is no saved analysis \"" + n + "\"."));
        return new Named(saved, AnalysisSettingsText.read(saved.kind(), saved.settings()));
    }
}
