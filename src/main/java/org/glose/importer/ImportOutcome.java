package org.glose.importer;

import java.nio.file.Path;
import java.util.List;
import org.glose.core.model.Document;

/** What happened to one file of an import: imported, skipped as already present, or refused (with why). */
public record ImportOutcome(Path file, Status status, String message, Document document, List<String> warnings) {

    public enum Status { IMPORTED, SKIPPED, REFUSED }

    public boolean refused() {
        return status == Status.REFUSED;
    }
}
