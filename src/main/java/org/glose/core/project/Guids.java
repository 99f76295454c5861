package org.glose.core.project;

import java.util.UUID;

/** GUIDs given to every object at creation; they never change (REFI-QDA export relies on them). */
public final class Guids {

    private Guids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
