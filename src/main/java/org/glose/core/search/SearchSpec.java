package org.glose.core.search;

import java.util.List;

/**
 * A search as the user states it (docs/search.md): the query, the mode and the filters, with documents, cases,
 * codes and coders named as the user names them. Saved queries keep this, so that a re-run applies the same
 * filters to the project as it is then.
 *
 * @param exact          match word forms instead of stems
 * @param documents      names or ids of the documents to search (empty: all)
 * @param cases          names of cases whose documents are searched (empty: no case filter)
 * @param attributes     {@code name=value} conditions on the documents' cases, all of which must hold
 * @param withinCodes    paths of codes: keep only hits inside passages coded with one of them
 * @param notWithinCodes paths of codes: keep only hits that are not inside passages coded with one of them
 * @param subcodes       the code filters include the sub-codes of the codes named
 * @param coder          only passages coded by this coder count for the code filters (null: any coder)
 */
public record SearchSpec(String query, boolean exact, List<String> documents, List<String> cases,
                         List<String> attributes, List<String> withinCodes, List<String> notWithinCodes,
                         boolean subcodes, String coder) {

    public SearchSpec {
        query = query == null ? "" : query;
        documents = List.copyOf(documents == null ? List.of() : documents);
        cases = List.copyOf(cases == null ? List.of() : cases);
        attributes = List.copyOf(attributes == null ? List.of() : attributes);
        withinCodes = List.copyOf(withinCodes == null ? List.of() : withinCodes);
        notWithinCodes = List.copyOf(notWithinCodes == null ? List.of() : notWithinCodes);
        coder = coder == null || coder.isBlank() ? null : coder.strip();
    }

    /** A stemmed search of the whole project. */
    public static SearchSpec of(String query) {
        return new SearchSpec(query, false, null, null, null, null, null, false, null);
    }

    public SearchSpec exact(boolean exactWords) {
        return new SearchSpec(query, exactWords, documents, cases, attributes, withinCodes, notWithinCodes,
                subcodes, coder);
    }

    public SearchSpec inDocuments(List<String> refs) {
        return new SearchSpec(query, exact, refs, cases, attributes, withinCodes, notWithinCodes, subcodes, coder);
    }

    public SearchSpec inCases(List<String> names, List<String> attributeConditions) {
        return new SearchSpec(query, exact, documents, names, attributeConditions, withinCodes, notWithinCodes,
                subcodes, coder);
    }

    public SearchSpec withinCodes(List<String> paths, boolean withSubcodes) {
        return new SearchSpec(query, exact, documents, cases, attributes, paths, notWithinCodes, withSubcodes,
                coder);
    }

    public SearchSpec notWithinCodes(List<String> paths) {
        return new SearchSpec(query, exact, documents, cases, attributes, withinCodes, paths, subcodes, coder);
    }

    public SearchSpec codedBy(String coderName) {
        return new SearchSpec(query, exact, documents, cases, attributes, withinCodes, notWithinCodes, subcodes,
                coderName);
    }

    /** True when hits are kept or dropped according to coded passages. */
    public boolean filtersByCoding() {
        return !withinCodes.isEmpty() || !notWithinCodes.isEmpty() || coder != null;
    }
}
