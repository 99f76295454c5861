package org.glose.interchange.codebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glose.core.coding.CodeSpec;
import org.glose.core.model.CodeDetails;
import org.glose.core.project.InvalidInputException;

/**
 * Reads Glose's human-editable codebook format ({@code format: glose-codebook/1}, YAML or JSON; see
 * codebooks/README.md) into code specifications. Errors name the code and the problem.
 */
public final class CodebookYaml {

    public static final String FORMAT = "glose-codebook/1";

    private CodebookYaml() {
    }

    public static List<CodeSpec> read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidInputException("The codebook is not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + location(e));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("The codebook file is empty or is not a Glose codebook.");
        }
        String format = root.path("format").asText("");
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("The codebook must declare \"format: " + FORMAT + "\" (found \""
                    + format + "\").");
        }
        JsonNode codes = root.get("codes");
        if (codes == null || !codes.isArray() || codes.isEmpty()) {
            throw new InvalidInputException("The codebook has no \"codes\" list.");
        }
        return specs(codes, "");
    }

    private static List<CodeSpec> specs(JsonNode list, String parentPath) {
        List<CodeSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode node : list) {
            String name = node.path("name").asText("").strip();
            String where = parentPath.isEmpty() ? "" : " under \"" + parentPath + "\"";
            if (name.isEmpty()) {
                throw new InvalidInputException("A code" + where + " has no name.");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("The code \"" + name + "\" appears twice" + where + ".");
            }
            CodeDetails details;
            try {
                details = new CodeDetails(text(node, "colour"), text(node, "description"), text(node, "inclusion"),
                        text(node, "exclusion"), text(node, "example"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Code \"" + name + "\": " + e.getMessage() + ".");
            }
            JsonNode children = node.get("children");
            String path = parentPath.isEmpty() ? name : parentPath + " / " + name;
            specs.add(new CodeSpec(name, details,
                    children == null || children.isNull() ? List.of() : specs(children, path)));
        }
        return specs;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String location(com.fasterxml.jackson.core.JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
