package org.glose.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageMapTest {

    @Test
    void findsThePageOfAnOffsetIncludingEmptyPages() {
        PageMap map = PageMap.of(List.of(0, 100, 100, 250));
        assertThat(map.pageCount()).isEqualTo(4);
        assertThat(map.pageOf(0)).isEqualTo(1);
        assertThat(map.pageOf(99)).isEqualTo(1);
        assertThat(map.pageOf(100)).isEqualTo(3); // page 2 is empty
        assertThat(map.pageOf(249)).isEqualTo(3);
        assertThat(map.pageOf(10_000)).isEqualTo(4);
    }

    @Test
    void refusesPageStartsThatDoNotBeginAtZeroOrGoBackwards() {
        assertThatThrownBy(() -> PageMap.of(List.of(5, 10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageMap.of(List.of(0, 10, 5))).isInstanceOf(IllegalArgumentException.class);
    }
}
