package org.glose.cli;

import org.glose.core.cases.SetAttributeValue;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Sets (or, with an empty value, clears) one attribute value of an existing case, checked "
                + "against the attribute's type.")
final class AttributesSetCommand extends ProjectCommand {

    @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case's name.")
    String caseName;

    @Option(names = "--attribute", required = true, paramLabel = "NAME", description = "The attribute's name.")
    String attribute;

    @Option(names = "--value", required = true, paramLabel = "VALUE", description = "The value; empty clears it.")
    String value;

    @Override
    int run(OpenProject project) {
        String stored = project.execute(new SetAttributeValue(caseName, attribute, value));
        out().println(stored == null ? "Cleared " + attribute + " of the case \"" + caseName + "\"."
                : "Set " + attribute + " of the case \"" + caseName + "\" to \"" + stored + "\".");
        return GloseCli.OK;
    }
}
