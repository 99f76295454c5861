package org.glose.core.coding;

import org.glose.core.project.InvalidInputException;

/** Rules for coder names. */
public final class Coders {

    /** The coder of actions whose user did not say who they are. */
    public static final String DEFAULT = System.getProperty("user.name", "coder");

    private Coders() {
    }

    public static String valid(String name) {
        String n = name == null || name.isBlank() ? DEFAULT : name.strip();
        if (n.length() > 200) {
            throw new InvalidInputException("A coder's name has at most 200 characters.");
        }
        return n;
    }
}
