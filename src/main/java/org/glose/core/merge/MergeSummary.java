package org.glose.core.merge;

import java.util.ArrayList;
import java.util.List;

/** The sentences that tell the user what a merge adds (or would add) and how each conflict was resolved. */
public final class MergeSummary {

    private MergeSummary() {
    }

    /** One line per kind of object, then the conflicts (indented); {@code done} after the merge, else a preview. */
    public static List<String> lines(MergePlan plan, boolean done) {
        String verb = done ? "Added" : "Would add";
        List<String> lines = new ArrayList<>();
        lines.add(verb + " " + plan.documentsToAdd().size() + " document(s)" + list(plan.documentsToAdd()) + "; "
                + plan.documentsMatched() + " already here.");
        lines.add(verb + " " + plan.codesToAdd().size() + " code(s)" + list(plan.codesToAdd()) + "; "
                + plan.codesMatched() + " already here.");
        lines.add(verb + " " + plan.codersToAdd().size() + " coder(s)" + list(plan.codersToAdd()) + ".");
        lines.add(verb + " " + plan.codingsToAdd() + " coding(s); " + plan.codingsPresent() + " already here.");
        lines.add(verb + " " + plan.memosToAdd() + " memo(s) or comment(s).");
        lines.add(plan.conflicts().size() + " conflict(s)" + (plan.conflicts().isEmpty() ? "." : ":"));
        plan.conflicts().forEach(c -> lines.add("  " + c.message()));
        if (plan.addsNothing()) {
            lines.add("Nothing new to merge.");
        }
        return lines;
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    }
}
