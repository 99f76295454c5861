package org.glose.interchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glose.core.cases.AssignCase;
import org.glose.core.cases.AttributeRow;
import org.glose.core.cases.CreateAttribute;
import org.glose.core.cases.ImportAttributes;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.project.OpenProject;
import org.glose.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attribute types go out as typeOfVariable and typed values, and come back as the same types. */
class QdpxAttributeTypesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aRoundTripKeepsTextNumberDateAndBooleanChoiceAttributes() throws Exception {
        Path qdpx = dir.resolve("typed.qdpx");
        try (OpenProject p = TestProjects.create(dir.resolve("p"))) {
            long doc = TestProjects.addDocument(p, "anna.txt", "Anna parle.").id();
            p.execute(new AssignCase("Anna", doc));
            p.execute(new CreateAttribute("retenu", AttributeType.CHOICE, List.of("true", "false")));
            p.execute(new CreateAttribute("statut", AttributeType.CHOICE, List.of("cadre", "agent")));
            p.execute(new ImportAttributes(List.of(new AttributeRow(1, "Anna", "âge", "41"),
                    new AttributeRow(2, "Anna", "taille", "1,72"), new AttributeRow(3, "Anna", "vu", "2021-03-01"),
                    new AttributeRow(4, "Anna", "role", "cadre"), new AttributeRow(5, "Anna", "retenu", "TRUE"),
                    new AttributeRow(6, "Anna", "statut", "agent"))));
            RefiFixtures.export(p, qdpx, CLOCK);
        }
        byte[] xml = RefiFixtures.entry(qdpx, "project.qde");
        RefiFixtures.assertValid(xml, "Project-mrt2019.xsd");
        String qde = new String(xml, StandardCharsets.UTF_8);
        assertThat(qde).contains("name=\"âge\" typeOfVariable=\"Integer\"", "name=\"taille\" typeOfVariable=\"Float\"",
                "name=\"vu\" typeOfVariable=\"Date\"", "name=\"role\" typeOfVariable=\"Text\"",
                "name=\"retenu\" typeOfVariable=\"Boolean\"", "name=\"statut\" typeOfVariable=\"Text\"",
                "<IntegerValue>41</IntegerValue>", "<FloatValue>1.72</FloatValue>", "<DateValue>2021-03-01</DateValue>",
                "<BooleanValue>true</BooleanValue>", "<TextValue>cadre</TextValue>");

        RefiFixtures.importQdpx(qdpx, dir.resolve("back"));
        try (OpenProject back = RefiFixtures.open(dir.resolve("back"))) {
            Map<String, AttributeType> types = new TreeMap<>();
            List<Attribute> attributes = back.read(tx -> tx.cases().attributes());
            attributes.forEach(a -> types.put(a.name(), a.type()));
            assertThat(types).containsExactlyEntriesOf(new TreeMap<>(Map.of("âge", AttributeType.NUMBER,
                    "taille", AttributeType.NUMBER, "vu", AttributeType.DATE, "role", AttributeType.TEXT,
                    "retenu", AttributeType.CHOICE, "statut", AttributeType.TEXT)));
            assertThat(attributes.stream().filter(a -> a.name().equals("retenu")).findFirst().orElseThrow().choices())
                    .containsExactly("true", "false");
            Map<String, String> values = new TreeMap<>();
            back.read(tx -> {
                long anna = tx.cases().byName("Anna").orElseThrow().id();
                attributes.forEach(a -> values.put(a.name(), tx.cases().value(anna, a.id()).orElse(null)));
                return null;
            });
            assertThat(values).containsEntry("âge", "41").containsEntry("taille", "1.72")
                    .containsEntry("vu", "2021-03-01").containsEntry("retenu", "true").containsEntry("statut", "agent");
        }
    }

    @Test
    void aDateTimeVariableBecomesADateAndAMistypedVariableStaysText() {
        assertThat(VariableTypes.attributeType("DateTime")).isEqualTo(AttributeType.DATE);
        assertThat(VariableTypes.convert(AttributeType.DATE, "2020-05-06T10:11:12Z")).contains("2020-05-06");
        assertThat(VariableTypes.convert(AttributeType.NUMBER, "quarante")).isEmpty();
        assertThat(VariableTypes.convert(AttributeType.CHOICE, "1")).contains("true");
        assertThat(VariableTypes.attributeType("Text")).isEqualTo(AttributeType.TEXT);
    }
}
