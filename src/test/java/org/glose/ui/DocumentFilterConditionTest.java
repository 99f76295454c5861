package org.glose.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.glose.ui.cases.AttributeFilterBar;
import org.junit.jupiter.api.Test;

/** The empty document list names the filter as a reader writes it, whatever comparison it holds. */
class DocumentFilterConditionTest {

    @Test
    void aValueReadsWithEqualsAComparisonWithItsOwnSign() {
        assertThat(DocumentListView.condition(new AttributeFilterBar.Filter(1, "Rôle", "chercheuse")))
                .isEqualTo("Rôle = chercheuse");
        assertThat(DocumentListView.condition(new AttributeFilterBar.Filter(1, "Age", ">30"))).isEqualTo("Age > 30");
        assertThat(DocumentListView.condition(new AttributeFilterBar.Filter(1, "Age", ">=30"))).isEqualTo("Age ≥ 30");
        assertThat(DocumentListView.condition(new AttributeFilterBar.Filter(1, "Date", "<= 2024-01-01")))
                .isEqualTo("Date ≤ 2024-01-01");
    }
}
