package org.glose.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glose.core.analysis.data.AnalysisFilter;
import org.glose.core.analysis.data.AnalysisLoader;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.model.Document;
import org.glose.core.model.ProjectCase;
import org.glose.core.project.InvalidInputException;
import org.glose.core.project.OpenProject;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed attributes: values checked when set, type changes checked against every value, filters that compare. */
class TypedAttributesTest {

    @TempDir
    Path dir;
    OpenProject p;
    Document anna;
    Document bruno;
    Document chloe;

    @BeforeEach
    void threeCases() {
        p = TestProjects.create(dir.resolve("p"));
        anna = TestProjects.addDocument(p, "anna.txt", "Anna parle.");
        bruno = TestProjects.addDocument(p, "bruno.txt", "Bruno parle.");
        chloe = TestProjects.addDocument(p, "chloe.txt", "Chloé parle.");
        p.execute(new AssignCase("Anna", anna.id()));
        p.execute(new AssignCase("Bruno", bruno.id()));
        p.execute(new AssignCase("Chloé", chloe.id()));
    }

    @AfterEach
    void close() {
        p.close();
    }

    private String value(String caseName, String attribute) {
        return p.read(tx -> tx.cases().value(tx.cases().byName(caseName).orElseThrow().id(),
                tx.cases().attributeByName(attribute).orElseThrow().id()).orElse(null));
    }

    private Set<Long> documents(long attributeId, String condition) {
        return p.read(tx -> AttributeFilter.documents(tx, attributeId, condition));
    }

    private Attribute attribute(String name) {
        return p.read(tx -> tx.cases().attributeByName(name).orElseThrow());
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsRefusedWithOneSentenceAndNothingChanges() {
        p.execute(new CreateAttribute("Age", AttributeType.NUMBER, List.of()));
        p.execute(new SetAttributeValue("Anna", "Age", "41"));
        assertThatThrownBy(() -> p.execute(new SetAttributeValue("Anna", "Age", "abc")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("“abc” is not a number for attribute Age.");
        assertThat(value("Anna", "Age")).isEqualTo("41");

        p.execute(new CreateAttribute("Entretien", AttributeType.DATE, List.of()));
        assertThatThrownBy(() -> p.execute(new SetAttributeValue("Anna", "Entretien", "2021-02-30")))
                .hasMessage("“2021-02-30” is not a date (yyyy-MM-dd) for attribute Entretien.");
        p.execute(new SetAttributeValue("Anna", "Entretien", "2021-02-28"));

        p.execute(new CreateAttribute("Statut", AttributeType.CHOICE, List.of("cadre", "agent")));
        assertThat(attribute("Statut").choices()).containsExactly("cadre", "agent");
        assertThatThrownBy(() -> p.execute(new SetAttributeValue("Anna", "Statut", "élue")))
                .hasMessage("“élue” is not one of the choices of attribute Statut (cadre, agent).");
        p.execute(new SetAttributeValue("Anna", "Statut", "AGENT"));
        assertThat(value("Anna", "Statut")).isEqualTo("agent");

        p.undo();
        assertThat(value("Anna", "Statut")).isNull();
    }

    @Test
    void anImportRefusesAValueThatDoesNotFitAnExistingTypedAttributeNamingItsLine() {
        p.execute(new CreateAttribute("Age", AttributeType.NUMBER, List.of()));
        ImportAttributes bad = new ImportAttributes(List.of(new AttributeRow(2, "Anna", "Age", "41"),
                new AttributeRow(3, "Bruno", "age", "quarante")));
        assertThat(p.read(bad::review).problems())
                .containsExactly("Row 3: “quarante” is not a number for attribute Age.");
        assertThatThrownBy(() -> p.execute(bad)).hasMessage("Line 3: “quarante” is not a number for attribute Age.");
        assertThat(value("Anna", "Age")).isNull();
    }

    @Test
    void anAttributeAnImportCreatesIsTextUnlessAllItsValuesAreNumbersOrIsoDates() {
        ImportAttributes rows = new ImportAttributes(List.of(
                new AttributeRow(2, "Anna", "age", "41"), new AttributeRow(2, "Anna", "vu", "2021-03-01"),
                new AttributeRow(2, "Anna", "role", "cadre"), new AttributeRow(3, "Bruno", "age", "35,5"),
                new AttributeRow(3, "Bruno", "vu", "2021-04-15"), new AttributeRow(3, "Bruno", "role", "12")));
        ImportAttributes.Review review = p.read(rows::review);
        assertThat(review.problems()).isEmpty();
        assertThat(review.newAttributes()).containsExactly(Map.entry("age", AttributeType.NUMBER),
                Map.entry("vu", AttributeType.DATE), Map.entry("role", AttributeType.TEXT));
        assertThat(review.typedSentences()).containsExactly("New attribute “age”: number (every value is a number).",
                "New attribute “vu”: date (every value is an ISO date).");
        p.execute(rows);
        assertThat(attribute("age").type()).isEqualTo(AttributeType.NUMBER);
        assertThat(attribute("vu").type()).isEqualTo(AttributeType.DATE);
        assertThat(attribute("role").type()).isEqualTo(AttributeType.TEXT);
        p.undo();
        List<Attribute> left = p.read(tx -> tx.cases().attributes());
        assertThat(left).isEmpty();
    }

    @Test
    void changingTheTypeChecksEveryValueFirstAndNamesTheFirstCaseThatDoesNotFit() {
        p.execute(new ImportAttributes(List.of(new AttributeRow(1, "Anna", "age", "41"),
                new AttributeRow(2, "Bruno", "age", "about forty"), new AttributeRow(3, "Chloé", "age", "n/a"))));
        assertThat(attribute("age").type()).isEqualTo(AttributeType.TEXT);
        assertThatThrownBy(() -> p.execute(new ChangeAttributeType("age", AttributeType.NUMBER, List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The case “Bruno” holds “about forty” for age, which is not a number: age stays text.");
        assertThat(attribute("age").type()).isEqualTo(AttributeType.TEXT);

        p.execute(new SetAttributeValue("Bruno", "age", "40"));
        p.execute(new SetAttributeValue("Chloé", "age", ""));
        Attribute number = p.execute(new ChangeAttributeType("age", AttributeType.NUMBER, List.of()));
        assertThat(number.type()).isEqualTo(AttributeType.NUMBER);
        assertThat(attribute("age").type()).isEqualTo(AttributeType.NUMBER);
        assertThatThrownBy(() -> p.execute(new ChangeAttributeType("age", AttributeType.CHOICE, List.of("41"))))
                .hasMessage("The case “Bruno” holds “40” for age, which is not one of the choices (41): age stays "
                        + "number.");
        p.undo();
        assertThat(attribute("age").type()).isEqualTo(AttributeType.TEXT);
        assertThat(value("Bruno", "age")).isEqualTo("40");
    }

    @Test
    void aChoiceTypeTakesTheChoicesSpellingAndUndoPutsTheValuesBack() {
        p.execute(new ImportAttributes(List.of(new AttributeRow(1, "Anna", "role", "CADRE"),
                new AttributeRow(2, "Bruno", "role", "agent"))));
        p.execute(new ChangeAttributeType("role", AttributeType.CHOICE, List.of("cadre", "agent", "élu")));
        assertThat(value("Anna", "role")).isEqualTo("cadre");
        assertThat(attribute("role").choices()).containsExactly("cadre", "agent", "élu");
        p.undo();
        assertThat(value("Anna", "role")).isEqualTo("CADRE");
        assertThat(attribute("role").choices()).isEmpty();
        assertThatThrownBy(() -> p.execute(new ChangeAttributeType("role", AttributeType.CHOICE, List.of())))
                .hasMessage("A choice attribute needs its choices (for example: yes, no).");
        assertThatThrownBy(() -> p.execute(new CreateAttribute("Age", AttributeType.NUMBER, List.of("1"))))
                .hasMessageContaining("Only a choice attribute has choices");
        assertThatThrownBy(() -> p.execute(new CreateAttribute("ROLE", AttributeType.TEXT, List.of())))
                .hasMessage("The attribute “ROLE” already exists.");
    }

    @Test
    void filtersCompareNumbersAsNumbersAndDatesAsDates() {
        p.execute(new CreateAttribute("Age", AttributeType.NUMBER, List.of()));
        p.execute(new CreateAttribute("Vu", AttributeType.DATE, List.of()));
        p.execute(new ImportAttributes(List.of(new AttributeRow(1, "Anna", "Age", "9"),
                new AttributeRow(2, "Bruno", "Age", "30"), new AttributeRow(3, "Chloé", "Age", "100"),
                new AttributeRow(4, "Anna", "Vu", "2021-12-01"), new AttributeRow(5, "Bruno", "Vu", "2021-02-10"),
                new AttributeRow(6, "Chloé", "Vu", "2020-06-30"))));
        long age = attribute("Age").id();
        long seen = attribute("Vu").id();
        assertThat(documents(age, ">10")).containsExactlyInAnyOrder(bruno.id(),
                chloe.id());   // as text, "9" > "10" and "100" < "30"
        assertThat(documents(age, "30.0")).containsExactly(bruno.id());
        assertThat(documents(age, "9..30")).containsExactlyInAnyOrder(anna.id(),
                bruno.id());
        assertThat(documents(age, "<=9")).containsExactly(anna.id());
        assertThat(documents(seen, "<2021-03-01")).containsExactlyInAnyOrder(
                bruno.id(), chloe.id());
        assertThatThrownBy(() -> documents(age, ">dix"))
                .hasMessage("“dix” is not a number for attribute Age.");
        assertThat(p.read(AttributeFilter::choices).valuesOf(age)).containsExactly("9", "30", "100");

        List<String> kept = p.read(tx -> AnalysisLoader.load(tx, AnalysisFilter.ALL.withAttribute("Age",
                Set.of(">10")), false).cases().stream().map(ProjectCase::name).toList());
        assertThat(kept).containsExactly("Bruno", "Chloé");
        assertThat(AnalysisFilter.parseAttributes(List.of("Age>=30", "Age=5..8", "role=manager")))
                .isEqualTo(Map.of("Age", Set.of(">=30", "5..8"), "role", Set.of("manager")));
    }
}
