package org.glose.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    record Token(String term, String source) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), text.substring(offsets.startOffset(), offsets.endOffset())));
            }
            ts.end();
        }
        return tokens;
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    @Test
    void elidedArticlesGoWithBothApostrophesAndTheOffsetsStartAtTheWord() throws IOException {
        for (Analyzer a : List.of(Analysis.stemmed(Language.FR), Analysis.exact(Language.FR))) {
            List<Token> tokens = tokens(a, "L'État, l’État, d'intérêt, qu’une, jusqu'ici, aujourd'hui");
            assertThat(tokens.get(0)).isEqualTo(new Token("etat", "État"));
            assertThat(tokens.get(1)).isEqualTo(new Token("etat", "État"));
            assertThat(tokens.get(2).source()).isEqualTo("intérêt");
            assertThat(tokens).extracting(Token::source).contains("aujourd'hui")
                    .doesNotContain("L'État", "l’État", "d'intérêt", "qu’une", "jusqu'ici");
        }
        assertThat(terms(Analysis.exact(Language.FR), "qu’une jusqu'ici")).containsExactly("une", "ici");
    }

    @Test
    void accentsAndCaseAreFoldedInBothModes() throws IOException {
        assertThat(terms(Analysis.exact(Language.FR), "Données DONNÉES donnees")).containsOnly("donnees");
        assertThat(terms(Analysis.exact(Language.FR), "intérêt général œuvre"))
                .containsExactly("interet", "general", "oeuvre");
        assertThat(terms(Analysis.stemmed(Language.FR), "État ETAT etat")).containsOnly("etat");
    }

    @Test
    void stemmingJoinsPluralsAndFeminineButTheExactFieldKeepsWordForms() throws IOException {
        Analyzer stemmed = Analysis.stemmed(Language.FR);
        String stem = terms(stemmed, "données").get(0);
        assertThat(terms(stemmed, "Données donnée donnees DONNÉE")).containsOnly(stem);
        assertThat(terms(stemmed, "plateformes plateforme")).hasSize(2).containsOnly(terms(stemmed, "plateforme").get(0));
        assertThat(terms(Analysis.exact(Language.FR), "données donnée")).containsExactly("donnees", "donnee");
    }

    @Test
    void stopWordsAreLeftOutOfTheStemmedFieldOnly() throws IOException {
        assertThat(terms(Analysis.stemmed(Language.FR), "de la donnée")).hasSize(1);
        assertThat(terms(Analysis.exact(Language.FR), "de la donnée")).containsExactly("de", "la", "donnee");
    }

    @Test
    void englishStemsPluralsAndPossessives() throws IOException {
        Analyzer stemmed = Analysis.stemmed(Language.EN);
        assertThat(terms(stemmed, "Platforms platform platform's")).containsOnly("platform");
        assertThat(terms(stemmed, "the data of the café")).containsExactly("data", "cafe");
        assertThat(terms(Analysis.exact(Language.EN), "Platforms")).containsExactly("platforms");
    }

    @Test
    void aLanguageCodeOtherThanEnglishIsAnalysedAsFrench() {
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.of("fr")).isEqualTo(Language.FR);
        assertThat(Language.of(null)).isEqualTo(Language.FR);
    }
}
