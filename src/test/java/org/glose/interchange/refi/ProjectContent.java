package org.glose.interchange.refi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glose.core.model.Attribute;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.model.NewDocument;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.OpenProject;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/** Test content beyond the sample project (memos, cases, attributes, emoji text), and a comparable dump of it all. */
final class ProjectContent {

    static final String EMOJI_TEXT = "Café 😀 au lait.\nLes données 🎉🎉 publiques — « un commun ».\n";

    private ProjectContent() {
    }

    /** Adds an emoji document with codings, memos on every kind of object, cases and attributes. */
    static void enrich(OpenProject p) {
        p.execute(new Command<Void>() {
            @Override
            public String label() {
                return "test content";
            }

            @Override
            public Applied<Void> apply(Tx tx) {
                byte[] bytes = EMOJI_TEXT.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                Document d = tx.documents().insert(new NewDocument("émojis", "txt", "émojis.txt", bytes, "x",
                        EMOJI_TEXT, null, "windows-1252", "fr"), "0f0e0d0c-0b0a-4909-8807-060504030201", tx.now());
                tx.documents().insert(new NewDocument("vide", "txt", "vide.txt", new byte[0], "y", "", null,
                        "UTF-8", null), "1f0e0d0c-0b0a-4909-8807-060504030201", tx.now());
                Codebook book = tx.codes().codebook();
                Code first = book.depthFirst().get(0);
                Code last = book.depthFirst().get(book.size() - 1);
                long coder = tx.coders().ensure("camille").id();
                int start = EMOJI_TEXT.indexOf("données");
                Coding c = tx.codings().insert(d.id(), last.id(), coder, new TextRange(start, start + 14), "2f0e0d0c-"
                        + "0b0a-4909-8807-060504030201", Instant.parse("2024-03-01T10:00:00Z"));
                tx.codings().insert(d.id(), first.id(), coder, new TextRange(5, 7), "3f0e0d0c-0b0a-4909-8807-"
                        + "060504030201", Instant.parse("2024-03-01T10:00:00Z"));
                Document sample = tx.documents().list().get(0);
                tx.memos().insert("Free memo", "Ideas\nfor later.", null, null, null, coder, "4f0e0d0c-0b0a-4909-"
                        + "8807-060504030201", Instant.parse("2024-03-02T10:00:00Z"));
                tx.memos().insert("On the document", "A memo.", sample.id(), null, null, coder, "5f0e0d0c-0b0a-4909-"
                        + "8807-060504030201", Instant.parse("2024-03-02T10:00:00Z"));
                tx.memos().insert("On the code", "Code memo.", null, first.id(), null, null, "6f0e0d0c-0b0a-4909-"
                        + "8807-060504030201", Instant.parse("2024-03-02T10:00:00Z"));
                tx.memos().insert("On the coding", "Coding memo 😀.", null, null, c.id(), coder, "7f0e0d0c-0b0a-"
                        + "4909-8807-060504030201", Instant.parse("2024-03-02T10:00:00Z"));
                ProjectCase alice = tx.cases().insert("Alice", "First respondent", "8f0e0d0c-0b0a-4909-8807-"
                        + "060504030201");
                ProjectCase bob = tx.cases().insert("Bob", null, "9f0e0d0c-0b0a-4909-8807-060504030201");
                tx.cases().assign(alice.id(), d.id());
                tx.cases().assign(alice.id(), sample.id());
                tx.cases().assign(bob.id(), sample.id());
                Attribute age = tx.cases().insertAttribute("age", "af0e0d0c-0b0a-4909-8807-060504030201");
                Attribute role = tx.cases().insertAttribute("role", "bf0e0d0c-0b0a-4909-8807-060504030201");
                tx.cases().setValue(alice.id(), age.id(), "34");
                tx.cases().setValue(alice.id(), role.id(), "élue");
                tx.cases().setValue(bob.id(), role.id(), "agent");
                return Applied.of(null, this);
            }
        });
    }

    /** Documents with their text and files, memos with their target, cases with documents and values. */
    static List<String> dump(OpenProject p) {
        return p.read(tx -> {
            List<String> lines = new ArrayList<>();
            Map<Long, String> docs = new HashMap<>();
            Codebook book = tx.codes().codebook();
            for (Document d : tx.documents().list()) {
                docs.put(d.id(), d.name());
                lines.add("document " + d.name() + " | " + d.guid() + " | " + d.format() + " | " + d.originalName()
                        + " | " + d.encoding() + " | " + d.language() + " | " + d.pages() + " | "
                        + tx.documents().pageStarts(d.id()) + " | sha " + PlanContext.sha256(tx.documents()
                        .original(d.id())) + " | text " + tx.documents().text(d.id()).hashCode() + " / "
                        + d.length());
            }
            Map<Long, String> codings = new HashMap<>();
            for (Coding c : tx.codings().list(CodingFilter.ALL)) {
                codings.put(c.id(), docs.get(c.documentId()) + " " + book.pathOf(c.codeId()) + " " + c.range());
            }
            Map<Long, String> coders = new HashMap<>();
            tx.coders().list().forEach(c -> coders.put(c.id(), c.name()));
            for (Memo m : tx.memos().list()) {
                String target = m.documentId() != null ? "document " + docs.get(m.documentId())
                        : m.codeId() != null ? "code " + book.pathOf(m.codeId())
                        : m.codingId() != null ? "coding " + codings.get(m.codingId()) : "project";
                lines.add("memo " + m.title() + " | " + m.text() + " | " + target + " | " + coders.get(m.coderId())
                        + " | " + m.guid());
            }
            Map<Long, String> attributes = new HashMap<>();
            tx.cases().attributes().forEach(a -> attributes.put(a.id(), a.name()));
            for (ProjectCase c : tx.cases().list()) {
                List<String> values = tx.cases().values().stream().filter(v -> v.caseId() == c.id())
                        .map(v -> attributes.get(v.attributeId()) + "=" + v.value()).sorted().toList();
                List<String> caseDocs = tx.cases().documentsOf(c.id()).stream().map(docs::get).sorted().toList();
                lines.add("case " + c.name() + " | " + c.description() + " | " + c.guid() + " | " + caseDocs + " | "
                        + values);
            }
            lines.sort(null);
            return lines;
        });
    }
}
