package org.glose.store;

import java.util.Map;

/** What differs between the databases a project can live in; the migrations take these as placeholders. */
enum Dialect {
    H2(Map.of("text", "CLOB", "binary", "BLOB"));

    private final Map<String, String> placeholders;

    Dialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    Map<String, String> placeholders() {
        return placeholders;
    }
}
