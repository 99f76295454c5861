package org.glose.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodePathTest {

    @Test
    void escapesSlashesAndBackslashesInsideNames() {
        List<String> names = List.of("Dévoilement / pouvoir", "a\\b", "Communs");
        String path = CodePath.join(names);
        assertThat(path).isEqualTo("Dévoilement \\/ pouvoir/a\\\\b/Communs");
        assertThat(CodePath.split(path)).isEqualTo(names);
    }

    @Test
    void refusesEmptyNamesAndDanglingEscapes() {
        assertThatThrownBy(() -> CodePath.split("a//b")).hasMessageContaining("empty name");
        assertThatThrownBy(() -> CodePath.split("a\\")).hasMessageContaining("lone");
    }
}
