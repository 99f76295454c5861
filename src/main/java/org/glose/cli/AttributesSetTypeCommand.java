package org.glose.cli;

import org.glose.core.cases.ChangeAttributeType;
import org.glose.core.model.Attribute;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;

@Command(name = "set-type", mixinStandardHelpOptions = true,
        description = {"Changes the type of a case attribute (and the choices of a choice attribute).",
                "Every value is checked first: when one does not fit, the first such case is named and nothing "
                        + "changes (exit 2)."})
final class AttributesSetTypeCommand extends AttributeTypeCommand {

    @Override
    int run(OpenProject project) {
        Attribute a = project.execute(new ChangeAttributeType(name, type(), choices));
        out().println("\"" + a.name() + "\" is now a " + a.type().key() + " attribute.");
        return GloseCli.OK;
    }
}
