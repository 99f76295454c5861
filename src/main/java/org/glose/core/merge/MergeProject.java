package org.glose.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.model.Code;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.model.NewDocument;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.Guids;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;

/**
 * Merges another project's content into this one as one action with one undo: new coders, codes (under their
 * matched or new parents), documents, codings (under their coders) and memos. GUIDs of new objects are kept when
 * they are free here, so that merging the same copy again matches them. Nothing here is changed or removed.
 */
public final class MergeProject implements Command<MergePlan> {

    private final MergeSource source;

    public MergeProject(MergeSource source) {
        this.source = source;
    }

    @Override
    public String label() {
        return "Merge « " + source.name() + " »";
    }

    @Override
    public Applied<MergePlan> apply(Tx tx) {
        MergePlan plan = MergePlan.of(tx, source);
        if (plan.addsNothing()) {
            throw new InvalidInputException("There is nothing new to merge from « " + source.name() + " »: its "
                    + "documents, codes, codings and memos are all here already.");
        }
        Set<String> guids = usedGuids(tx);
        List<Coder> coders = new ArrayList<>();
        Map<String, String> coderGuids = plan.coderGuids();
        for (String name : plan.codersToAdd()) {
            coders.add(tx.coders().insert(name, free(guids, coderGuids.get(name))));
        }
        Map<Long, Long> codeIds = new HashMap<>(plan.codeMap());
        List<Code> codes = new ArrayList<>();
        for (Code c : plan.newCodes()) {
            Long parent = c.parentId() == null ? null : codeIds.get(c.parentId());
            Code added = tx.codes().insert(parent, c.name(), c.details(), free(guids, c.guid()),
                    tx.codes().nextSortOrder(parent));
            codeIds.put(c.id(), added.id());
            codes.add(added);
        }
        Map<Long, Long> documentIds = new HashMap<>(plan.documentMap());
        List<Document> documents = new ArrayList<>();
        for (MergeSource.SourceDocument sd : source.documents()) {
            String name = plan.newDocumentNames().get(sd.document().id());
            if (name != null) {
                Document d = sd.document();
                Document added = tx.documents().insert(new NewDocument(name, d.format(), d.originalName(),
                        sd.original(), d.sha256(), sd.text(), sd.pageStarts(), d.encoding(), d.language()),
                        free(guids, d.guid()), d.importedAt());
                documentIds.put(d.id(), added.id());
                documents.add(added);
            }
        }
        Map<String, Long> coderIds = new HashMap<>();
        tx.coders().list().forEach(c -> coderIds.put(c.name(), c.id()));
        List<Coding> drafts = new ArrayList<>();
        for (Coding c : plan.newCodings()) {
            long coder = coderIds.get(plan.sourceCoderNames().get(c.coderId()));
            drafts.add(new Coding(0, free(guids, c.guid()), documentIds.get(c.documentId()), codeIds.get(c.codeId()),
                    coder, c.range(), c.createdAt()));
        }
        List<Coding> codings = drafts.isEmpty() ? List.of() : tx.codings().insertAll(drafts);
        Map<Long, Long> codingIds = new HashMap<>(plan.codingMap());
        for (int i = 0; i < codings.size(); i++) {
            codingIds.put(plan.newCodings().get(i).id(), codings.get(i).id());
        }
        List<Memo> memos = new ArrayList<>();
        for (Memo m : plan.newMemos()) {
            Long coder = m.coderId() == null ? null : coderIds.get(plan.sourceCoderNames().get(m.coderId()));
            memos.add(tx.memos().add(new Memo(0, free(guids, m.guid()), m.title(), m.text(),
                    mapped(documentIds, m.documentId()), mapped(codeIds, m.codeId()), mapped(codingIds, m.codingId()),
                    coder, m.createdAt(), m.updatedAt(), m.passage())));
        }
        return Applied.of(plan, new MergeUndo.Unmerge(label(), coders, codes, documents, codings, memos));
    }

    private static Long mapped(Map<Long, Long> ids, Long id) {
        return id == null ? null : ids.get(id);
    }

    /** The source's GUID when nothing here uses it, a new one otherwise (GUIDs are unique per kind here). */
    private static String free(Set<String> used, String guid) {
        String g = guid == null || used.contains(guid) ? Guids.next() : guid;
        used.add(g);
        return g;
    }

    private static Set<String> usedGuids(Tx tx) {
        Set<String> used = new HashSet<>();
        tx.coders().list().forEach(c -> used.add(c.guid()));
        tx.codes().list().forEach(c -> used.add(c.guid()));
        tx.documents().list().forEach(d -> used.add(d.guid()));
        tx.codings().list(org.glose.core.project.CodingFilter.ALL).forEach(c -> used.add(c.guid()));
        tx.memos().list().forEach(m -> used.add(m.guid()));
        return used;
    }
}
