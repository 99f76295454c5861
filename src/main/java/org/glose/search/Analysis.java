package org.glose.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the index. Changing any of them changes the terms in the index: bump
 * {@link IndexStamp#FORMAT} so that existing indexes are rebuilt.
 *
 * <ul>
 * <li>French, stemmed: words (UAX #29), elided articles removed with {@code '} and {@code ’}, lower case, stop
 * words, light stemming ({@code données}, {@code donnée} → {@code donne}), then accents folded (the stemmer
 * expects accented input).</li>
 * <li>English, stemmed: possessive {@code 's} removed, lower case, stop words, minimal (plural) stemming,
 * accents folded.</li>
 * <li>Exact, both languages: words lower-cased and accent-folded, no stop words, no stemming; French also drops
 * elided articles, since {@code l'État} holds the word {@code État}.</li>
 * </ul>
 */
final class Analysis {

    private Analysis() {
    }

    /** One analyzer for every field of the index, chosen by field name. */
    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (Language language : Language.values()) {
            byField.put(language.stemmedField(), stemmed(language));
            byField.put(language.exactField(), exact(language));
        }
        return new PerFieldAnalyzerWrapper(exact(Language.FR), byField);
    }

    static Analyzer stemmed(Language language) {
        return new Chain(language, true);
    }

    static Analyzer exact(Language language) {
        return new Chain(language, false);
    }

    private static final class Chain extends Analyzer {
        private final Language language;
        private final boolean stemmed;

        Chain(Language language, boolean stemmed) {
            this.language = language;
            this.stemmed = stemmed;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = source;
            if (language == Language.FR) {
                s = new ElisionOffsetFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES);
            } else if (stemmed) {
                s = new EnglishPossessiveFilter(s);
            }
            s = new LowerCaseFilter(s);
            if (stemmed) {
                CharArraySet stop = language == Language.FR ? FrenchAnalyzer.getDefaultStopSet()
                        : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
                s = new StopFilter(s, stop);
                s = language == Language.FR ? new FrenchLightStemFilter(s) : new EnglishMinimalStemFilter(s);
            }
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }

        /** Wildcard, fuzzy, regular expression and range terms: lower case and accents folded, as indexed. */
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
