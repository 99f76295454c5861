package org.glose.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.glose.core.project.InvalidInputException;

/**
 * Builds the Lucene query of a user's query: parsed once per language of the documents searched (each language
 * has its own fields and analysis), the parts joined with OR, restricted to the documents asked for.
 */
final class Queries {

    private Queries() {
    }

    static Query build(String text, boolean exact, Set<Language> languages, Set<Long> documentIds,
                       Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The query is empty: type the words to search for.");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Language language : languages) {
            Query q = parse(text, exact, language, analyzer);
            if (isEmpty(q)) {
                // all its words are stop words in this language: say so rather than find nothing in silence
                throw new InvalidInputException(exact ? "The query \"" + text + "\" has no word to search for."
                        : "The query \"" + text + "\" has only common " + language.adjective() + " words (stop "
                        + "words), which the stemmed search leaves out; search them in the exact words mode "
                        + "(--exact).");
            }
            any.add(q, BooleanClause.Occur.SHOULD);
        }
        Query query = any.build();
        if (documentIds == null) {
            return query;
        }
        List<BytesRef> ids = documentIds.stream().map(id -> new BytesRef(Long.toString(id))).toList();
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexedDocument.ID, ids), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Query parse(String text, boolean exact, Language language, Analyzer analyzer) {
        GloseQueryParser parser = new GloseQueryParser(language, exact, analyzer);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new InvalidInputException("The query \"" + text + "\" cannot be read: " + reason(text, e), e);
        } catch (IllegalArgumentException e) {
            // a malformed regular expression, a fuzzy distance over 2...
            throw new InvalidInputException("The query \"" + text + "\" cannot be read: " + e.getMessage()
                    + " (docs/search.md shows the syntax).", e);
        }
    }

    /**
     * A plain sentence for the user: the parser's own messages name lexical states and token kinds, so the usual
     * mistakes are recognised in the query itself and only a short parser message is passed on.
     */
    static String reason(String text, ParseException e) {
        String hint = " (docs/search.md shows the syntax).";
        if (count(text, '"') % 2 == 1) {
            return "a quotation mark is not closed" + hint;
        }
        if (count(text, '(') != count(text, ')')) {
            return "a bracket is not closed or not opened" + hint;
        }
        if (count(text, '[') + count(text, '{') != count(text, ']') + count(text, '}')) {
            return "a range bracket is not closed" + hint;
        }
        if (text.strip().matches("(?s).*\\b(AND|OR|NOT)$") || text.strip().matches("(?s)^(AND|OR)\\b.*")) {
            return "AND, OR and NOT need a word on each side" + hint;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        int colon = message.indexOf("': ");
        if (message.startsWith("Cannot parse '") && colon > 0) {
            message = message.substring(colon + 3);
        }
        message = message.strip();
        if (message.isEmpty() || message.contains("Lexical error") || message.contains("Encountered")) {
            return "check its quotes, brackets and operators" + hint;
        }
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return message + hint;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c && (i == 0 || text.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    private static boolean isEmpty(Query q) {
        return q == null || q instanceof MatchNoDocsQuery
                || q instanceof BooleanQuery b && b.clauses().isEmpty();
    }
}
