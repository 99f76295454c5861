package org.glose.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "coders", mixinStandardHelpOptions = true,
        description = "Lists the coders with how many codings they made, in how many documents, and their memos.")
final class CodersCommand extends ProjectCommand {

    @Option(names = "--json", description = "An array of {id, guid, name, codings, documents, memos}.")
    boolean json;

    @JsonPropertyOrder({"id", "guid", "name", "codings", "documents", "memos"})
    record CoderJson(long id, String guid, String name, int codings, int documents, int memos) {
    }

    private record Everything(List<Coder> coders, List<Coding> codings, List<Memo> memos) {
    }

    @Override
    int run(OpenProject project) {
        Everything all = project.read(tx -> new Everything(tx.coders().list(), tx.codings().list(CodingFilter.ALL),
                tx.memos().list()));
        Map<Long, Integer> codings = new HashMap<>();
        Map<Long, Set<Long>> documents = new HashMap<>();
        for (Coding c : all.codings()) {
            codings.merge(c.coderId(), 1, Integer::sum);
            documents.computeIfAbsent(c.coderId(), k -> new HashSet<>()).add(c.documentId());
        }
        Map<Long, Integer> memos = new HashMap<>();
        all.memos().stream().filter(m -> m.coderId() != null).forEach(m -> memos.merge(m.coderId(), 1, Integer::sum));
        List<CoderJson> rows = new ArrayList<>();
        for (Coder c : all.coders()) {
            rows.add(new CoderJson(c.id(), c.guid(), c.name(), codings.getOrDefault(c.id(), 0),
                    documents.getOrDefault(c.id(), Set.of()).size(), memos.getOrDefault(c.id(), 0)));
        }
        if (json) {
            JsonOutput.print(out(), rows);
            return GloseCli.OK;
        }
        TextTable table = new TextTable("NAME", "CODINGS", "DOCUMENTS", "MEMOS");
        rows.forEach(r -> table.row(r.name(), r.codings(), r.documents(), r.memos()));
        table.print(out());
        return GloseCli.OK;
    }
}
