package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the case attributes by name, with their type (text, number, date, choice) and choices.")
final class AttributesListCommand extends ProjectCommand {

    @Option(names = "--json", description = "An array of {id, guid, name, type, choices}.")
    boolean json;

    /** One attribute; {@code choices} is empty unless the type is choice. */
    @JsonPropertyOrder({"id", "guid", "name", "type", "choices"})
    record AttributeJson(long id, String guid, String name, String type, List<String> choices) {
        static AttributeJson of(Attribute a) {
            return new AttributeJson(a.id(), a.guid(), a.name(), a.type().key(), a.choices());
        }
    }

    @Override
    int run(OpenProject project) {
        List<Attribute> attributes = project.read(tx -> tx.cases().attributes());
        if (json) {
            JsonOutput.print(out(), attributes.stream().map(AttributeJson::of).toList());
            return GloseCli.OK;
        }
        if (attributes.isEmpty()) {
            out().println("No attributes.");
        }
        for (Attribute a : attributes) {
            out().println(a.name() + ": " + a.type().key() + (a.type() == AttributeType.CHOICE
                    ? " (" + String.join(", ", a.choices()) + ")" : ""));
        }
        return GloseCli.OK;
    }
}
