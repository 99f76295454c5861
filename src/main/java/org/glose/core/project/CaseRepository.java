package org.glose.core.project;

import java.util.List;
import java.util.Optional;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.ProjectCase;

public interface CaseRepository {

    List<ProjectCase> list();

    Optional<ProjectCase> byName(String name);

    ProjectCase insert(String name, String description, String guid);

    void delete(long caseId);

    /** Ids of the documents of a case. */
    List<Long> documentsOf(long caseId);

    /** Ids of the cases a document belongs to. */
    List<Long> casesOf(long documentId);

    void assign(long caseId, long documentId);

    void unassign(long caseId, long documentId);

    List<Attribute> attributes();

    Optional<Attribute> attributeByName(String name);

    /** A new text attribute. */
    default Attribute insertAttribute(String name, String guid) {
        return insertAttribute(name, guid, AttributeType.TEXT, List.of());
    }

    /** A new attribute of this type; {@code choices} (in order) only for a choice attribute. */
    Attribute insertAttribute(String name, String guid, AttributeType type, List<String> choices);

    /** Changes the type (and the choices) of an attribute; its values are the caller's to have checked. */
    void updateAttributeType(long attributeId, AttributeType type, List<String> choices);

    void deleteAttribute(long attributeId);

    List<AttributeValue> values();

    Optional<String> value(long caseId, long attributeId);

    /** Sets or, with a null value, clears an attribute of a case. */
    void setValue(long caseId, long attributeId, String value);
}
