package org.glose.cli;

import org.glose.core.cases.CreateAttribute;
import org.glose.core.model.Attribute;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Creates a case attribute of a type, with no values yet.")
final class AttributesAddCommand extends AttributeTypeCommand {

    @Override
    int run(OpenProject project) {
        Attribute a = project.execute(new CreateAttribute(name, type(), choices));
        out().println("Created the " + a.type().key() + " attribute \"" + a.name() + "\".");
        return GloseCli.OK;
    }
}
