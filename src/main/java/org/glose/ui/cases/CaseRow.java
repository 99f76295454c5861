package org.glose.ui.cases;

import java.util.List;
import java.util.Map;
import org.glose.core.model.ProjectCase;

/** A case as the table shows it: its documents' names and its attribute values by attribute id. */
public record CaseRow(ProjectCase projectCase, List<String> documents, Map<Long, String> values) {

    public String value(long attributeId) {
        return values.getOrDefault(attributeId, "");
    }
}
