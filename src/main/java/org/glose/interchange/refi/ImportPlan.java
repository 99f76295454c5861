package org.glose.interchange.refi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.glose.core.model.CodeDetails;
import org.glose.core.model.NewDocument;
import org.glose.core.text.TextRange;

/**
 * Everything a REFI-QDA import will write into the new project, decided and checked beforehand: names are
 * unique, GUIDs valid and unique, ranges in UTF-16 units inside their text. Objects refer to each other by GUID.
 */
public record ImportPlan(String projectName, List<PlannedCoder> coders, List<PlannedCode> codes,
                         List<PlannedDocument> documents, List<PlannedCoding> codings, List<PlannedMemo> memos,
                         List<PlannedAttribute> attributes, List<PlannedCase> cases, LossReport report) {

    public record PlannedCoder(String guid, String name) {
    }

    /** Parents come before their children. */
    public record PlannedCode(String guid, String parentGuid, String name, CodeDetails details, int sortOrder) {
    }

    public record PlannedDocument(String guid, NewDocument document) {
    }

    public record PlannedCoding(String guid, String documentGuid, String codeGuid, String coderGuid,
                                TextRange range, Instant created) {
    }

    public enum Target { PROJECT, DOCUMENT, CODE, CODING }

    public record PlannedMemo(String guid, String title, String text, Target target, String targetGuid,
                              String coderGuid, Instant created) {
    }

    /** An attribute with its type; {@code choices} only for a choice attribute (a REFI-QDA Boolean). */
    public record PlannedAttribute(String guid, String name, org.glose.core.model.AttributeType type,
                                   List<String> choices) {
    }

    /** {@code values} maps an attribute's GUID to its value. */
    public record PlannedCase(String guid, String name, String description, List<String> documentGuids,
                              Map<String, String> values) {
    }
}
