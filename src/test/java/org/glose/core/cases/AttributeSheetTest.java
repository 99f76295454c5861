package org.glose.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribute tables as researchers export them, checked row by row before anything is saved. */
class AttributeSheetTest {

    @Test
    void theLongLayoutGivesOneValuePerRowInAnyColumnOrder() {
        var plan = AttributeSheet.plan(List.of("Value", "Case", "Attribute"), List.of(
                new AttributeSheet.Line(2, List.of("manager", " Anna ", "role")),
                new AttributeSheet.Line(3, List.of("", "Anna", "site"))));
        assertThat(plan.wide()).isFalse();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).containsExactly(new AttributeRow(2, "Anna", "role", "manager"),
                new AttributeRow(3, "Anna", "site", ""));
        assertThat(plan.canImport()).isTrue();
    }

    @Test
    void theWideLayoutTakesTheFirstColumnAsTheCaseAndSkipsBlankCells() {
        var plan = AttributeSheet.plan(List.of("Participant", "role", "age"), List.of(
                new AttributeSheet.Line(2, List.of("Anna", "manager", "41")),
                new AttributeSheet.Line(3, List.of("Bruno", "", "35"))));
        assertThat(plan.wide()).isTrue();
        assertThat(plan.rows()).containsExactly(new AttributeRow(2, "Anna", "role", "manager"),
                new AttributeRow(2, "Anna", "age", "41"), new AttributeRow(3, "Bruno", "age", "35"));
    }

    @Test
    void everyBadRowIsNamedAndTheImportIsRefused() {
        var plan = AttributeSheet.plan(List.of("case", "attribute", "value"), List.of(
                new AttributeSheet.Line(2, List.of("", "role", "x")),
                new AttributeSheet.Line(3, List.of("Anna", "role", "manager")),
                new AttributeSheet.Line(4, List.of("Bruno", " ", "y"))));
        assertThat(plan.problems()).containsExactly("Row 2: A case needs a name.",
                "Row 4: the attribute has no name.");
        assertThat(plan.canImport()).isFalse();
    }

    @Test
    void aTableWithOneColumnOrNoValuesIsRefusedInOneSentence() {
        assertThat(AttributeSheet.plan(List.of("case"), List.of()).problems()).hasSize(1);
        var empty = AttributeSheet.plan(List.of("case", "role"), List.of(new AttributeSheet.Line(2, List.of("Anna"))));
        assertThat(empty.problems()).containsExactly("The table has no attribute values below its first row.");
        assertThat(empty.canImport()).isFalse();
    }
}
