package org.glose.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glose.core.analysis.frequency.CodeFrequencies;
import org.glose.core.analysis.frequency.CodeFrequency;
import org.glose.core.analysis.frequency.LightStemmer;
import org.glose.core.analysis.frequency.WordCount;
import org.glose.core.analysis.frequency.WordFrequencies;
import org.glose.core.analysis.frequency.WordOptions;
import org.glose.core.analysis.frequency.WordSource;
import org.junit.jupiter.api.Test;

class FrequenciesTest {

    private static final String FRENCH = "Les données publiques sont au cœur des plateformes. L'État ouvre ses "
            + "données ; la donnée publique devient un commun, et les communs numériques se multiplient en 2019.";

    @Test
    void codeFrequenciesWithAndWithoutSubcodes() {
        List<CodeFrequency> own = CodeFrequencies.compute(CoOccurrenceTest.fixture().data(), false);
        assertThat(own).extracting(CodeFrequency::path).containsExactly("A", "A/C", "B", "D", "E");
        assertThat(own.get(CoOccurrenceTest.A).codings()).isEqualTo(3);
        assertThat(own.get(CoOccurrenceTest.A).documents()).isEqualTo(2);
        assertThat(own.get(CoOccurrenceTest.A).characters()).isEqualTo(10 + 10 + 5);
        assertThat(own.get(CoOccurrenceTest.C).depth()).isEqualTo(1);
        List<CodeFrequency> aggregated = CodeFrequencies.compute(CoOccurrenceTest.fixture().data(), true);
        assertThat(aggregated.get(CoOccurrenceTest.A).codings()).isEqualTo(4);
        assertThat(aggregated.get(CoOccurrenceTest.A).characters()).isEqualTo(28);
    }

    @Test
    void frenchStopWordsElisionsAndNumbersAreLeftOut() {
        List<WordCount> words = WordFrequencies.count(List.of(new WordSource(1, FRENCH, false)), WordOptions.DEFAULT);
        assertThat(words).extracting(WordCount::word).doesNotContain("les", "sont", "des", "la", "un", "et", "se",
                "en", "ses", "l", "2019");
        assertThat(words.get(0)).isEqualTo(new WordCount("données", 2, 1));
        assertThat(words).extracting(WordCount::word).contains("état", "cœur", "plateformes", "donnée", "commun");
    }

    @Test
    void minimumLengthAndLimit() {
        List<WordCount> words = WordFrequencies.count(List.of(new WordSource(1, FRENCH, false)),
                WordOptions.DEFAULT.withMinLength(8).withLimit(2));
        assertThat(words).extracting(WordCount::word).containsExactly("multiplient", "numériques");   // ties: alphabetical
    }

    @Test
    void lightStemmingGroupsFormsUnderTheMostFrequentOne() {
        List<WordCount> words = WordFrequencies.count(List.of(new WordSource(1, FRENCH, false),
                new WordSource(2, "Une donnée, des données.", false)), WordOptions.DEFAULT.withStem(true));
        assertThat(words.get(0)).isEqualTo(new WordCount("données", 5, 2));
        // publique and publiques: one group, shown by its shortest form on a tie
        assertThat(words).extracting(WordCount::word).contains("publique").doesNotContain("publiques");
        assertThat(words).filteredOn(w -> w.word().equals("publique")).extracting(WordCount::count).containsExactly(2L);
        assertThat(words).filteredOn(w -> w.word().startsWith("commun")).hasSize(1);
    }

    @Test
    void stopWordsCanBeKept() {
        List<WordCount> words = WordFrequencies.count(List.of(new WordSource(1, FRENCH, false)),
                WordOptions.DEFAULT.withStopWords(false));
        assertThat(words).extracting(WordCount::word).contains("les", "sont");
    }

    @Test
    void theStemmerFoldsPluralsAndFeminines() {
        assertThat(LightStemmer.stem("territoriaux", false)).isEqualTo(LightStemmer.stem("territorial", false));
        assertThat(LightStemmer.stem("collectives", false)).isEqualTo(LightStemmer.stem("collectif", false));
        assertThat(LightStemmer.stem("personnelles", false)).isEqualTo(LightStemmer.stem("personnel", false));
        assertThat(LightStemmer.stem("citoyennes", false)).isEqualTo(LightStemmer.stem("citoyen", false));
        assertThat(LightStemmer.stem("chercheuses", false)).isEqualTo(LightStemmer.stem("chercheur", false));
        assertThat(LightStemmer.stem("numériques", false)).isNotEqualTo(LightStemmer.stem("numérisation", false));
        assertThat(LightStemmer.stem("processus", false)).isEqualTo("processus");
        assertThat(LightStemmer.stem("policies", true)).isEqualTo("policy");
        assertThat(LightStemmer.stem("platforms", true)).isEqualTo("platform");
        assertThat(LightStemmer.stem("census", true)).isEqualTo("census");
    }
}
