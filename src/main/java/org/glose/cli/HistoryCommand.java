package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.DocumentRefs;
import org.glose.core.project.ChangeEntry;
import org.glose.core.project.HistoryFilter;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Who changed what and when, newest first: codings, codes, documents (undos included). "
                + "A deleted document or code is given by its id (shown in the full history).")
final class HistoryCommand extends ProjectCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--document", paramLabel = "D", description = "Only the changes of this document (name or id).")
    String document;

    @Option(names = "--code", paramLabel = "C", description = "Only the changes of this code (path or id).")
    String code;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entries (default: all).")
    int limit;

    @Option(names = "--json", description = "An array of {id, at, actor, action, kind, documentId, document, "
            + "codeId, code, previousCodeId, previousCode, codingId, start, end, detail}.")
    boolean json;

    /** One entry in {@code --json}; {@code at} in ISO-8601 UTC; start/end in UTF-16 units, null if no coding. */
    @JsonPropertyOrder({"id", "at", "actor", "action", "kind", "documentId", "document", "codeId", "code",
        "previousCodeId", "previousCode", "codingId", "start", "end", "detail"})
    record EntryJson(long id, String at, String actor, String action, String kind, Long documentId, String document,
                     Long codeId, String code, Long previousCodeId, String previousCode, Long codingId,
                     Integer start, Integer end, String detail) {
        static EntryJson of(ChangeEntry e) {
            return new EntryJson(e.id(), e.at().toString(), e.actor(), e.action(), e.kind().name().toLowerCase(
                    java.util.Locale.ROOT), e.documentId(), e.documentName(), e.codeId(), e.codeName(),
                    e.otherCodeId(), e.otherCodeName(), e.codingId(), e.start(), e.end(), e.detail());
        }
    }

    @Override
    int run(OpenProject project) {
        Long documentId = document == null ? null : isId(document) ? Long.valueOf(document)
                : project.read(tx -> DocumentRefs.resolve(tx, document).id());
        Long codeId = code == null ? null : isId(code) ? Long.valueOf(code)
                : project.read(tx -> CodeRefs.resolve(tx.codes().codebook(), code).id());
        List<ChangeEntry> entries = project.read(tx -> tx.history().list(new HistoryFilter(documentId, codeId,
                Math.max(0, limit))));
        if (json) {
            JsonOutput.print(out(), entries.stream().map(EntryJson::of).toList());
            return GloseCli.OK;
        }
        TextTable table = new TextTable("WHEN", "WHO", "WHAT", "DOCUMENT", "RANGE", "CODE", "DETAIL");
        for (ChangeEntry e : entries) {
            String codeName = e.codeName() == null ? "" : e.otherCodeName() == null || e.kind().name().startsWith(
                    "CODE_") ? e.codeName() : e.otherCodeName() + " → " + e.codeName();
            table.row(WHEN.format(e.at().atZone(ZoneId.systemDefault())), e.actor(), e.kind().verb(),
                    e.documentName() == null ? "" : e.documentName(),
                    e.start() == null ? "" : "[" + e.start() + ", " + e.end() + ")", codeName,
                    e.detail() == null ? "" : e.detail().replace('\n', ' '));
        }
        table.print(out());
        return GloseCli.OK;
    }

    private static boolean isId(String ref) {
        return !ref.isEmpty() && ref.chars().allMatch(Character::isDigit);
    }
}
