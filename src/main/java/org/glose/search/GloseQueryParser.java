package org.glose.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax with AND as the default operator (a researcher who types two words wants both)
 * on one language's fields. Words and phrases go to the stemmed or the exact field as the mode says; wildcards,
 * fuzzy terms, regular expressions and ranges always go to the exact field, because they are written against
 * word forms ({@code donn*}, {@code /donn[ée]es?/}), which stems no longer are. Field names are not part of the
 * syntax Glose offers: {@code name:} is refused with a hint rather than silently finding nothing.
 */
final class GloseQueryParser extends QueryParser {

    private final String exactField;

    GloseQueryParser(Language language, boolean exact, Analyzer analyzer) {
        super(exact ? language.exactField() : language.stemmedField(), analyzer);
        this.exactField = language.exactField();
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(true);
        setSplitOnWhitespace(true);
        // a query word the analyser splits ("e-mail", "c'est-à-dire") is matched as a phrase: one hit
        setAutoGeneratePhraseQueries(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return super.getFieldQuery(known(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return super.getFieldQuery(known(field), queryText, slop);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        known(field);
        return super.getWildcardQuery(exactField, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        known(field);
        return super.getPrefixQuery(exactField, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        known(field);
        return super.getFuzzyQuery(exactField, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        known(field);
        return super.getRegexpQuery(exactField, termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        known(field);
        return super.getRangeQuery(exactField, part1, part2, startInclusive, endInclusive);
    }

    private String known(String field) throws ParseException {
        if (!field.equals(getField()) && !field.equals(exactField)) {
            throw new ParseException("\"" + field + ":\" looks like a field name; to search for a colon, put the "
                    + "words in quotes or write \\:");
        }
        return field;
    }
}
