package dk.referatarkiv.entities;

import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities of the real corpus. */
class CorpusEntitiesGoldenTest {

    private static CorpusEntities entities;

    @BeforeAll
    static void extract() throws IOException {
        entities = TestData.entitiesOf(AnnotatedCorpus.annotate(TestData.load(TestData.CORPUS), TestData.pipeline()));
    }

    /** Exactly the 19 persons of ../shared/eval/persons-dev.tsv, and nobody else. */
    @Test
    void theNineteenPersonsAndNoNonPersons() throws java.io.IOException {
        Set<String> expected = java.nio.file.Files.readString(TestData.sharedEval("persons-dev.tsv")).lines().skip(1)
                .map(l -> l.split("\t")[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = entities.persons().persons().stream().map(PersonResolver.Person::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(19, expected.size());
        assertEquals(expected, found);
    }

    @Test
    void aliasesAndFirstNames() {
        PersonResolver.Person helle = entities.persons().person("Helle Gehlert").orElseThrow();
        assertEquals("Helle Wagner Gehlert", helle.name());
        assertEquals("helle-wagner-gehlert", helle.id());
        assertEquals(List.of("Helle Gehlert"), helle.aliases());
        // "Helle Gehlert vil sørge for at yde Charlotte sparring": Charlotte is the Charlotte of that item.
        ItemEntities item = entities.item("chefforum-2017-05-02", 3).orElseThrow();
        assertTrue(item.of(EntityType.PERSON).stream().anyMatch(e -> e.text().equals("Charlotte")
                && e.value().equals("charlotte-kaaber-soerensen")));
        assertTrue(!entities.persons().person("Marie Aasøe").equals(entities.persons().person("Marie Brøchner Jespersen")));
    }

    @Test
    void budgetYearsOfItems() {
        Map<String, Set<Integer>> years = new TreeMap<>();
        entities.items().values().stream().filter(i -> !i.budgetYears().isEmpty())
                .forEach(i -> years.put(i.meetingId() + "#" + i.item(), i.budgetYears()));
        assertEquals(Set.of("chefforum-2024-01-17#4", "chefforum-2024-02-14#2", "chefforum-2024-11-20#2", "chefforum-2024-11-20#3"),
                years.entrySet().stream().filter(e -> e.getValue().contains(2025)).map(Map.Entry::getKey).collect(Collectors.toSet()));
        assertEquals(Set.of(2026), years.get("chefforum-2024-11-20#4"));
        assertEquals(Set.of(2018), years.get("chefforum-2017-05-02#2"));
    }

    @Test
    void networksUnitsAndBodies() {
        ItemEntities item = entities.item("chefforum-2017-05-02", 3).orElseThrow();
        assertEquals(Set.of("Ensomme ældre", "Involvering af pårørende i ældreplejen", "Boligsociale indsatser for udsatte familier"),
                item.values(EntityType.NETWORK));
        ItemEntities header = entities.item("chefforum-2024-11-20", 0).orElseThrow();
        assertTrue(header.values(EntityType.UNIT).containsAll(Set.of("Økonomi & Stab", "Miljø & Teknik", "Dagtilbud & Skole")));
        assertEquals(9, header.of(EntityType.PERSON).size());
        ItemEntities kb = entities.item("chefforum-2024-02-14", 2).orElseThrow();
        assertTrue(kb.values(EntityType.BODY).contains("Kommunalbestyrelsen"), kb.values(EntityType.BODY).toString());
    }

    @Test
    void amountsOfAnItem() {
        ItemEntities item = entities.item("chefforum-2024-02-14", 4).orElseThrow();
        assertTrue(item.of(EntityType.AMOUNT).stream().anyMatch(e -> ((Amount) e.value()).kroner() == 7_400_000));
        ItemEntities budget = entities.item("chefforum-2024-02-14", 2).orElseThrow();
        assertTrue(budget.of(EntityType.AMOUNT).stream().anyMatch(e -> e.text().equals("35 mio.kr.")
                && ((Amount) e.value()).kroner() == 35_000_000));
    }
}
