package org.glose.cli;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.model.AttributeType;
import org.glose.core.project.InvalidInputException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command on one attribute's NAME with {@code --type text|number|date|choice} and {@code --choices a,b,c}:
 * attributes add and set-type.
 */
abstract class AttributeTypeCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "NAME", description = "The attribute's name.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "text",
            description = "text, number, date (yyyy-MM-dd) or choice (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--choices", paramLabel = "CHOICE", split = ",",
            description = "The allowed values of a choice attribute, in order, separated by commas.")
    List<String> choices = new ArrayList<>();

    AttributeType type() {
        return AttributeType.of(type).orElseThrow(() -> new InvalidInputException("The type \"" + type
                + "\" is not one of text, number, date, choice."));
    }
}
