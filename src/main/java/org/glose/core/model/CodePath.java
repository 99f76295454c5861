package org.glose.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A code's path: the names from the root joined with {@code /}; a {@code /} or {@code \} inside a name is
 * written {@code \/} or {@code \\}. Part of the command-line contract (docs/cli.md).
 */
public final class CodePath {

    private CodePath() {
    }

    public static String join(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(name.replace("\\", "\\\\").replace("/", "\\/"));
        }
        return sb.toString();
    }

    /** Splits a path into names; fails on an empty name or a dangling escape. */
    public static List<String> split(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                if (i + 1 >= path.length()) {
                    throw new IllegalArgumentException("The code path \"" + path + "\" ends with a lone \\");
                }
                current.append(path.charAt(++i));
            } else if (c == '/') {
                names.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString());
        if (names.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("The code path \"" + path + "\" has an empty name in it");
        }
        return names;
    }
}
