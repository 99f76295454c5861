package org.glose.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.Applied;
import org.glose.core.project.Command;
import org.glose.core.project.DocumentSnapshot;
import org.glose.core.project.Tx;

/** The undo of a merge (remove all it added) and its redo (put it all back with the same ids). */
final class MergeUndo {

    private MergeUndo() {
    }

    /** Removes what a merge added: memos, codings, documents, codes (children first), then coders. */
    record Unmerge(String label, List<Coder> coders, List<Code> codes, List<Document> documents,
                   List<Coding> codings, List<Memo> memos) implements Command<Integer> {

        @Override
        public Applied<Integer> apply(Tx tx) {
            memos.forEach(m -> tx.memos().delete(m.id()));
            tx.codings().deleteAll(codings.stream().map(Coding::id).toList());
            List<DocumentSnapshot> snapshots = new ArrayList<>();
            for (Document d : documents) {
                snapshots.add(tx.documents().snapshot(d.id()));
                tx.documents().delete(d.id());
            }
            List<Code> bottomUp = new ArrayList<>(codes);
            Collections.reverse(bottomUp);
            bottomUp.forEach(c -> tx.codes().delete(c.id()));
            coders.forEach(c -> tx.coders().delete(c.id()));
            int removed = memos.size() + codings.size() + documents.size() + codes.size() + coders.size();
            return Applied.of(removed, new Remerge(label, coders, codes, snapshots, codings, memos));
        }
    }

    /** Puts back what {@link Unmerge} removed, with the same ids. */
    record Remerge(String label, List<Coder> coders, List<Code> codes, List<DocumentSnapshot> documents,
                   List<Coding> codings, List<Memo> memos) implements Command<Integer> {

        @Override
        public Applied<Integer> apply(Tx tx) {
            coders.forEach(tx.coders()::restore);
            codes.forEach(tx.codes()::restore);
            documents.forEach(tx.documents()::restore);
            if (!codings.isEmpty()) {
                tx.codings().restoreAll(codings);
            }
            memos.forEach(tx.memos()::restore);
            int restored = memos.size() + codings.size() + documents.size() + codes.size() + coders.size();
            return Applied.of(restored, new Unmerge(label, coders, codes,
                    documents.stream().map(DocumentSnapshot::document).toList(), codings, memos));
        }
    }
}
