package org.glose.core.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.glose.core.cases.AttributeCondition;
import org.glose.core.coding.CodeRefs;
import org.glose.core.coding.CodedRegions;
import org.glose.core.coding.DocumentRefs;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeValue;
import org.glose.core.model.Code;
import org.glose.core.model.Codebook;
import org.glose.core.model.Coder;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.CodingFilter;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.Tx;
import org.glose.core.text.TextRange;

/**
 * A {@link SearchSpec}'s filters resolved against the project: which documents to look in (null: all) and which
 * coded passages keep or drop a hit. Unknown documents, cases, attributes, codes or coders are refused by name.
 */
final class SearchScope {

    /** All documents of the project, in the order hits are listed (by name). */
    final Map<Long, Document> documents = new LinkedHashMap<>();
    final Set<Long> documentIds;
    private final CodedRegions within;
    private final CodedRegions notWithin;

    private SearchScope(List<Document> all, Set<Long> documentIds, CodedRegions within, CodedRegions notWithin) {
        all.forEach(d -> documents.put(d.id(), d));
        this.documentIds = documentIds;
        this.within = within;
        this.notWithin = notWithin;
    }

    static SearchScope resolve(Tx tx, SearchSpec spec) {
        Set<Long> ids = null;
        if (!spec.documents().isEmpty()) {
            ids = spec.documents().stream().map(ref -> DocumentRefs.resolve(tx, ref).id()).collect(Collectors.toSet());
        }
        if (!spec.cases().isEmpty()) {
            Set<Long> ofCases = new HashSet<>();
            for (String name : spec.cases()) {
                ProjectCase c = tx.cases().byName(name.strip())
                        .orElseThrow(() -> new InvalidInputException("There is no case \"" + name + "\" in the project."));
                ofCases.addAll(tx.cases().documentsOf(c.id()));
            }
            ids = intersect(ids, ofCases);
        }
        for (String condition : spec.attributes()) {
            ids = intersect(ids, documentsWithAttribute(tx, condition));
        }
        CodedRegions within = null;
        CodedRegions notWithin = null;
        if (spec.filtersByCoding()) {
            Codebook book = tx.codes().codebook();
            Long coderId = spec.coder() == null ? null : coder(tx, spec.coder()).id();
            if (!spec.withinCodes().isEmpty() || spec.notWithinCodes().isEmpty()) {
                within = regions(tx, book, spec.withinCodes(), spec.subcodes(), coderId);
            }
            if (!spec.notWithinCodes().isEmpty()) {
                notWithin = regions(tx, book, spec.notWithinCodes(), spec.subcodes(), coderId);
            }
        }
        return new SearchScope(tx.documents().list(), ids, within, notWithin);
    }

    /** Whether a hit survives the code filters. */
    boolean keeps(long documentId, TextRange hit) {
        return (within == null || within.contains(documentId, hit))
                && (notWithin == null || !notWithin.contains(documentId, hit));
    }

    private static Set<Long> intersect(Set<Long> current, Set<Long> more) {
        if (current == null) {
            return more;
        }
        Set<Long> both = new HashSet<>(current);
        both.retainAll(more);
        return both;
    }

    /** {@code name=value}, or for a number or a date {@code name>value}, {@code name=low..high}... */
    private static Set<Long> documentsWithAttribute(Tx tx, String condition) {
        AttributeCondition.Pair pair = AttributeCondition.split(condition);
        Attribute attribute = tx.cases().attributeByName(pair.name()).orElseThrow(() ->
                new InvalidInputException("There is no attribute \"" + pair.name() + "\" in the project."));
        AttributeCondition wanted = AttributeCondition.parse(attribute, pair.condition());
        Set<Long> documents = new HashSet<>();
        for (AttributeValue v : tx.cases().values()) {
            if (v.attributeId() == attribute.id() && wanted.test(v.value())) {
                documents.addAll(tx.cases().documentsOf(v.caseId()));
            }
        }
        return documents;
    }

    private static Coder coder(Tx tx, String name) {
        return tx.coders().byName(name)
                .orElseThrow(() -> new InvalidInputException("There is no coder \"" + name + "\" in the project."));
    }

    /** The passages coded with the given codes (any code when none is given), optionally with their sub-codes. */
    private static CodedRegions regions(Tx tx, Codebook book, List<String> paths, boolean subcodes, Long coderId) {
        Set<Long> codeIds = null;
        if (!paths.isEmpty()) {
            codeIds = new HashSet<>();
            for (String path : paths) {
                Code code = CodeRefs.resolve(book, path);
                codeIds.add(code.id());
                if (subcodes) {
                    for (Code c : book.depthFirst()) {
                        if (book.isSelfOrDescendant(c.id(), code.id())) {
                            codeIds.add(c.id());
                        }
                    }
                }
            }
        }
        return new CodedRegions(tx.codings().list(new CodingFilter(null, codeIds, coderId)));
    }
}
