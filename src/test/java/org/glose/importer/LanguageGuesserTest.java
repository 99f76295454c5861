package org.glose.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void recognisesFrench() {
        assertThat(LanguageGuesser.guess("Les plateformes de données occupent une place centrale dans les politiques "
                + "européennes et l'État les soutient.")).isEqualTo("fr");
    }

    @Test
    void recognisesEnglish() {
        assertThat(LanguageGuesser.guess("The data platforms are central to the policies of the European Union, "
                + "and this is what we have studied.")).isEqualTo("en");
    }

    @Test
    void defaultsToFrench() {
        assertThat(LanguageGuesser.guess("")).isEqualTo("fr");
        assertThat(LanguageGuesser.guess("1234 5678")).isEqualTo("fr");
        assertThat(LanguageGuesser.guess(null)).isEqualTo("fr");
    }
}
