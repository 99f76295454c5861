package org.glose.core.merge;

import java.util.ArrayList;
import java.util.List;
import org.glose.core.model.Code;
import org.glose.core.model.Coder;
import org.glose.core.model.Coding;
import org.glose.core.model.Document;
import org.glose.core.model.Memo;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.Tx;

/**
 * The content of another Glose project, read once so that it can be merged into this one: its documents (with
 * text, pages and original bytes), codebook, coders, codings and memos. Anything that yields Glose's model (a
 * colleague's copy opened read-only, a one-file export read by the interchange code) can be merged.
 */
public record MergeSource(String name, List<SourceDocument> documents, List<Code> codes, List<Coder> coders,
                          List<Coding> codings, List<Memo> memos) {

    public MergeSource {
        documents = List.copyOf(documents);
        codes = List.copyOf(codes);
        coders = List.copyOf(coders);
        codings = List.copyOf(codings);
        memos = List.copyOf(memos);
    }

    /** A document with everything needed to add it elsewhere. */
    public record SourceDocument(Document document, String text, List<Integer> pageStarts, byte[] original) {
    }

    /** Reads a whole project through its repositories (inside one read transaction of that project). */
    public static MergeSource read(Tx other, String name) {
        List<SourceDocument> documents = new ArrayList<>();
        for (Document d : other.documents().list()) {
            documents.add(new SourceDocument(d, other.documents().text(d.id()), other.documents().pageStarts(d.id()),
                    other.documents().original(d.id())));
        }
        return new MergeSource(name, documents, other.codes().list(), other.coders().list(),
                other.codings().list(CodingFilter.ALL), other.memos().list());
    }
}
