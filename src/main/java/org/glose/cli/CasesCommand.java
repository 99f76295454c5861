package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Document;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Lists the cases by name, with their documents and attribute values.")
final class CasesCommand extends ProjectCommand {

    @Option(names = "--json", description = "An array of {id, guid, name, documents: [names], "
            + "attributes: {attribute: value}}.")
    boolean json;

    /** One case: its documents' names (sorted) and its attribute values by attribute name (sorted, set only). */
    @JsonPropertyOrder({"id", "guid", "name", "documents", "attributes"})
    record CaseJson(long id, String guid, String name, List<String> documents, Map<String, String> attributes) {
    }

    @Override
    int run(OpenProject project) {
        List<CaseJson> cases = project.read(CasesCommand::cases);
        if (json) {
            JsonOutput.print(out(), cases);
            return GloseCli.OK;
        }
        for (CaseJson c : cases) {
            out().println(c.name() + ": " + (c.documents().isEmpty() ? "no documents"
                    : String.join(", ", c.documents())));
            c.attributes().forEach((attribute, value) -> out().println("  " + attribute + " = " + value));
        }
        return GloseCli.OK;
    }

    private static List<CaseJson> cases(Tx tx) {
        Map<Long, String> documents = new HashMap<>();
        for (Document d : tx.documents().list()) {
            documents.put(d.id(), d.name());
        }
        List<Attribute> attributes = tx.cases().attributes();   // by name
        Map<Long, Map<Long, String>> values = new HashMap<>();
        for (AttributeValue v : tx.cases().values()) {
            values.computeIfAbsent(v.caseId(), k -> new HashMap<>()).put(v.attributeId(), v.value());
        }
        return tx.cases().list().stream().map(c -> {
            Map<Long, String> own = values.getOrDefault(c.id(), Map.of());
            Map<String, String> named = new LinkedHashMap<>();
            for (Attribute a : attributes) {
                if (own.get(a.id()) != null) {
                    named.put(a.name(), own.get(a.id()));
                }
            }
            List<String> names = tx.cases().documentsOf(c.id()).stream().map(documents::get).sorted().toList();
            return new CaseJson(c.id(), c.guid(), c.name(), names, named);
        }).toList();
    }
}
