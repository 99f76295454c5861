package org.glose.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.glose.core.merge.MergeConflict.Kind;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Tx;

/**
 * What merging a {@link MergeSource} into this project would do, worked out against the project's current state:
 * documents matched by SHA-256 of the original file and identical text, codes by GUID then by path, coders by
 * name, codings and memos by GUID or, for codings, by identical document, code, coder and range. The preview
 * shows it; {@link MergeProject} recomputes it inside its transaction and carries it out.
 */
public final class MergePlan {

    private final MergeSource source;
    private final Map<Long, Long> documents = new HashMap<>();
    private final Map<Long, String> newDocumentNames = new LinkedHashMap<>();
    private final Map<Long, Long> codes = new HashMap<>();
    private final List<Code> newCodes = new ArrayList<>();
    private final Map<Long, String> sourceCoderNames = new HashMap<>();
    private final Set<String> newCoders = new java.util.TreeSet<>();
    private final Map<Long, Long> codings = new HashMap<>();
    private final List<Coding> newCodings = new ArrayList<>();
    private final List<Memo> newMemos = new ArrayList<>();
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private int codingsPresent;
    private Codebook sourceBook;

    private MergePlan(MergeSource source) {
        this.source = source;
    }

    public static MergePlan of(Tx tx, MergeSource source) {
        MergePlan plan = new MergePlan(source);
        plan.sourceBook = new Codebook(source.codes());
        plan.planDocuments(tx);
        plan.planCodes(tx);
        plan.planCoders(tx);
        plan.planCodings(tx);
        plan.planMemos(tx);
        return plan;
    }

    private void planDocuments(Tx tx) {
        List<Document> here = tx.documents().list();
        Set<String> names = new HashSet<>();
        here.forEach(d -> names.add(d.name()));
        for (MergeSource.SourceDocument sd : source.documents()) {
            Document d = sd.document();
            Document sameFile = null;
            for (Document h : here) {
                if (h.sha256().equals(d.sha256()) && h.length() == d.length()
                        && tx.documents().text(h.id()).equals(sd.text())) {
                    sameFile = h;
                    break;
                }
            }
            if (sameFile != null) {
                documents.put(d.id(), sameFile.id());
                continue;
            }
            if (here.stream().anyMatch(h -> h.sha256().equals(d.sha256()))) {
                conflicts.add(new MergeConflict(Kind.DOCUMENT_TEXT_DIFFERS, "« " + d.name() + " » is the same file as a "
                        + "document here but its text differs: it is added as a separate document."));
            }
            String name = d.name();
            if (names.contains(name)) {
                String base = d.name() + " (" + source.name() + ")";
                name = base;
                for (int n = 2; names.contains(name); n++) {
                    name = base + " " + n;
                }
                conflicts.add(new MergeConflict(Kind.DOCUMENT_NAME_TAKEN, "A different document is already named « "
                        + d.name() + " »: the merged one is added as « " + name + " »."));
            }
            names.add(name);
            newDocumentNames.put(d.id(), name);
        }
    }

    private void planCodes(Tx tx) {
        Codebook here = tx.codes().codebook();
        Map<String, Code> byGuid = new HashMap<>();
        here.depthFirst().forEach(c -> byGuid.put(c.guid(), c));
        for (Code c : sourceBook.depthFirst()) {
            String path = sourceBook.pathOf(c.id());
            Code same = byGuid.get(c.guid());
            if (same != null) {
                codes.put(c.id(), same.id());
                if (!here.pathOf(same.id()).equals(path)) {
                    conflicts.add(new MergeConflict(Kind.CODE_PATH_DIFFERS, "The code « " + path + " » is « "
                            + here.pathOf(same.id()) + " » here: its codings go there."));
                }
                continue;
            }
            boolean parentHere = c.parentId() == null || codes.containsKey(c.parentId());
            Long parent = c.parentId() == null ? null : codes.get(c.parentId());
            Code sibling = !parentHere ? null : here.childrenOf(parent).stream()
                    .filter(s -> s.name().equalsIgnoreCase(c.name())).findFirst().orElse(null);
            if (sibling != null) {
                codes.put(c.id(), sibling.id());
                conflicts.add(new MergeConflict(Kind.CODE_GUID_DIFFERS, "The code « " + path + " » exists here "
                        + "under another identity: both are taken as the same code."));
            } else {
                newCodes.add(c);
            }
        }
    }

    private void planCoders(Tx tx) {
        source.coders().forEach(c -> sourceCoderNames.put(c.id(), c.name()));
        Set<String> here = new HashSet<>();
        tx.coders().list().forEach(c -> here.add(c.name()));
        Set<Long> used = new HashSet<>();
        source.codings().forEach(c -> used.add(c.coderId()));
        source.memos().stream().map(Memo::coderId).filter(Objects::nonNull).forEach(used::add);
        for (long id : used) {
            String name = sourceCoderNames.get(id);
            if (name != null && !here.contains(name)) {
                newCoders.add(name);
            }
        }
    }

    private void planCodings(Tx tx) {
        Map<String, Coding> byGuid = new HashMap<>();
        Map<String, Coding> byContent = new HashMap<>();
        Map<Long, String> coderNames = new HashMap<>();
        tx.coders().list().forEach(c -> coderNames.put(c.id(), c.name()));
        for (Coding c : tx.codings().list(CodingFilter.ALL)) {
            byGuid.put(c.guid(), c);
            byContent.put(key(c.documentId(), c.codeId(), coderNames.get(c.coderId()), c), c);
        }
        for (Coding c : source.codings()) {
            Long doc = documents.get(c.documentId());
            Long code = codes.get(c.codeId());
            String coder = sourceCoderNames.get(c.coderId());
            if (doc == null || code == null) {
                newCodings.add(c); // in a document or under a code that is new here: nothing to compare with
                continue;
            }
            Coding same = byGuid.get(c.guid());
            Coding twin = byContent.get(key(doc, code, coder, c));
            if (same != null) {
                codings.put(c.id(), same.id());
                if (twin == null || twin.id() != same.id()) {
                    conflicts.add(new MergeConflict(Kind.CODING_CHANGED, "A coding by " + coder + " of « "
                            + sourceBook.pathOf(c.codeId()) + " » " + c.range() + " was changed here or there: this "
                            + "project's version is kept."));
                } else {
                    codingsPresent++;
                }
            } else if (twin != null) {
                codings.put(c.id(), twin.id());
                codingsPresent++;
            } else {
                newCodings.add(c);
            }
        }
    }

    private void planMemos(Tx tx) {
        Map<String, Memo> byGuid = new HashMap<>();
        tx.memos().list().forEach(m -> byGuid.put(m.guid(), m));
        for (Memo m : source.memos()) {
            Memo same = byGuid.get(m.guid());
            if (same == null) {
                newMemos.add(m);
            } else if (!same.text().equals(m.text()) || !same.title().equals(m.title())) {
                conflicts.add(new MergeConflict(Kind.MEMO_CHANGED, "The memo « " + m.title() + " » was edited here "
                        + "or there: this project's version is kept."));
            }
        }
    }

    private static String key(long documentId, long codeId, String coder, Coding c) {
        return documentId + "/" + codeId + "/" + coder + "/" + c.range().start() + "/" + c.range().end();
    }

    // what the preview shows ----------------------------------------------------------------------------------

    public String sourceName() {
        return source.name();
    }

    /** Names the new documents will have here, in the source's order. */
    public List<String> documentsToAdd() {
        return List.copyOf(newDocumentNames.values());
    }

    public int documentsMatched() {
        return documents.size();
    }

    /** Paths of the new codes, parents before children. */
    public List<String> codesToAdd() {
        return newCodes.stream().map(c -> sourceBook.pathOf(c.id())).toList();
    }

    public int codesMatched() {
        return codes.size();
    }

    public List<String> codersToAdd() {
        return List.copyOf(newCoders);
    }

    public int codingsToAdd() {
        return newCodings.size();
    }

    /** Codings already here (same GUID and content, or an identical coding). */
    public int codingsPresent() {
        return codingsPresent;
    }

    public int memosToAdd() {
        return newMemos.size();
    }

    public List<MergeConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    public boolean addsNothing() {
        return newDocumentNames.isEmpty() && newCodes.isEmpty() && newCoders.isEmpty() && newCodings.isEmpty()
                && newMemos.isEmpty();
    }

    // what the command needs ----------------------------------------------------------------------------------

    MergeSource source() {
        return source;
    }

    Map<Long, Long> documentMap() {
        return documents;
    }

    Map<Long, String> newDocumentNames() {
        return newDocumentNames;
    }

    Map<Long, Long> codeMap() {
        return codes;
    }

    List<Code> newCodes() {
        return newCodes;
    }

    Map<Long, String> sourceCoderNames() {
        return sourceCoderNames;
    }

    Map<Long, Long> codingMap() {
        return codings;
    }

    List<Coding> newCodings() {
        return newCodings;
    }

    List<Memo> newMemos() {
        return newMemos;
    }

    /** Source coders' names with their GUIDs, to keep a coder's identity when it is new here. */
    Map<String, String> coderGuids() {
        Map<String, String> guids = new HashMap<>();
        for (Coder c : source.coders()) {
            guids.put(c.name(), c.guid());
        }
        return guids;
    }
}
