package org.glose.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookTest {

    private static Code code(long id, Long parent, String name, int order) {
        return new Code(id, "g" + id, parent, name, CodeDetails.colour("#E69F00"), order);
    }

    @Test
    void listsParentsBeforeChildrenAndResolvesEscapedPaths() {
        Codebook book = new Codebook(List.of(code(3, 1L, "3. Choix collectifs", 0), code(1, null, "Communs", 1),
                code(2, null, "Modèles hybrides public/marché", 0)));
        assertThat(book.depthFirst()).extracting(Code::id).containsExactly(2L, 1L, 3L);
        assertThat(book.pathOf(3)).isEqualTo("Communs/3. Choix collectifs");
        assertThat(book.pathOf(2)).isEqualTo("Modèles hybrides public\\/marché");
        assertThat(book.byPath("Modèles hybrides public\\/marché")).map(Code::id).contains(2L);
        assertThat(book.byPath("Communs/Absent")).isEmpty();
        assertThat(book.isSelfOrDescendant(3, 1)).isTrue();
        assertThat(book.isSelfOrDescendant(1, 3)).isFalse();
        assertThat(book.depth(3)).isEqualTo(1);
    }
}
