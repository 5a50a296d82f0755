package dk.referatarkiv.people;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Minutes written for this test, not in the corpus: new names, a handover and the handover back, an appointment, and
 * a post that falls vacant. The patterns must read them as they read the corpus.
 */
class RoleFixtureTest {

    @TempDir
    static Path tmp;
    private static People people;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/people/chefforum-a.txt", "fixtures/people/chefforum-b.txt");
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(corpus), TestData.pipeline());
        CorpusEntities entities = TestData.entitiesOf(annotated);
        people = People.build(annotated, entities, TestData.gazetteer());
    }

    @Test
    void handoverAndHandoverBack() {
        assertEquals("Ole Lund", holder("referenceleder", "Grøn omstilling", "2024-12-01"));
        assertEquals("Pia Holm", holder("referenceleder", "Grøn omstilling", "2025-02-01"));
        assertEquals("Ole Lund", holder("referenceleder", "Grøn omstilling", "2025-07-01"));
    }

    @Test
    void appointmentThenParticipant() {
        assertTrue(people.timeline().holders("skolechef", "", LocalDate.of(2025, 2, 1)).isEmpty());
        assertEquals("Bente Krogh", holder("skolechef", "", "2025-03-15"));
        assertEquals("Bente Krogh", holder("skolechef", "", "2025-06-11"));
    }

    @Test
    void aVacancyEndsTheTerm() {
        assertEquals("Pia Holm", holder("afdelingschef", "Miljø og Teknik", "2025-02-01"));
        assertTrue(people.timeline().holders("afdelingschef", "Miljø & Teknik", LocalDate.of(2025, 7, 1)).isEmpty());
    }

    @Test
    void recommenderLinkedToTheHolderOfTheDay() {
        assertTrue(people.timeline().history("kommunaldirektør", "").stream()
                .anyMatch(a -> a.inferred() && "jonas-vestergaard".equals(a.personId())));
        assertEquals(List.of("præsentere"), people.activities("ole-lund").stream().map(Activity::verb).toList());
    }

    private static String holder(String role, String organisation, String at) {
        List<RoleAssertion> holders = people.timeline().holders(role, organisation, LocalDate.parse(at));
        assertEquals(1, holders.size(), role + "/" + organisation + " at " + at + ": " + holders);
        return holders.get(0).personName();
    }
}
