package dk.referatarkiv.people;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles over time in the real corpus (persons-dev.tsv). */
class PeopleGoldenTest {

    private static People people;

    @BeforeAll
    static void build() throws IOException {
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(TestData.CORPUS), TestData.pipeline());
        CorpusEntities entities = TestData.entitiesOf(annotated);
        people = People.build(annotated, entities, TestData.gazetteer());
    }

    @Test
    void participantsHoldTheirRolesOnTheMeetingDate() {
        assertRole("henrik-harder", "kommunaldirektør", "", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("kristine-klaebel", "direktør", "By, Kultur, Miljø & Beskæftigelse", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("lise-valentin-bayer", "direktør", "Børn, Sundhed & Velfærd", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("marie-aasoee", "afdelingschef", "Økonomi & Stab", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("dorthe-espenhein", "afdelingschef", "Borger, Arbejdsmarked & Erhverv", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("sisse-kroell-willemoes", "afdelingschef", "Dagtilbud & Skole", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("marie-broechner-jespersen", "afdelingschef", "Miljø & Teknik", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("rene-birkemark-olesen", "afdelingschef", "Kultur, Fritid & Ejendomme", "2024-11-20", "chefforum-2024-11-20", 0);
        assertRole("tine-buch-juhl", "forperson", "", "2024-11-20", "chefforum-2024-11-20", 0);
    }

    @Test
    void referenceLeadersAndHandovers() {
        for (String id : List.of("peter-rymann", "helle-wagner-gehlert", "henriette-krag")) {
            assertRole(id, "referenceleder", "", "2017-05-02", "chefforum-2017-05-02", 3);
        }
        assertEquals("Ida Byrge Sørensen", holder("referenceleder", "Ensomme ældre", "2017-04-01").personName());
        RoleAssertion kristina = holder("referenceleder", "Ensomme ældre", "2017-06-01");
        assertEquals("kristina-koch-sloth", kristina.personId());
        assertEquals(RoleAssertion.Status.TEMPORARY, kristina.status());
        assertEquals(LocalDate.of(2017, 5, 2), kristina.validFrom());
        assertEquals("Ida Byrge Sørensen", holder("referenceleder", "Involvering af pårørende i ældreplejen", "2017-05-01").personName());
        assertEquals("Charlotte Kaaber Sørensen", holder("referenceleder", "Involvering af pårørende i ældreplejen", "2017-05-02").personName());
        RoleAssertion ida = people.timeline().ofPerson("ida-byrge-soerensen").get(0);
        assertEquals(LocalDate.of(2017, 5, 2), ida.validTo());
        assertTrue(ida.evidence().text().contains("skifter referenceleder fra Ida Byrge Sørensen til"), ida.evidence().text());
    }

    @Test
    void appointmentAcrossSentences() {
        RoleAssertion merete = holder("dagtilbudschef", "", "2017-06-01");
        assertEquals("merete-loekkegard", merete.personId());
        assertEquals(LocalDate.of(2017, 6, 1), merete.validFrom());
        assertEquals(RoleAssertion.Status.ANNOUNCED, merete.status());
        assertEquals("Der er ansat ny dagtilbudschef. Merete Løkkegard starter 1. juni.", merete.evidence().text());
        assertTrue(people.timeline().holders("dagtilbudschef", "", LocalDate.of(2017, 5, 31)).isEmpty());
    }

    @Test
    void vacanciesActingRolesAndInferredHolders() {
        assertTrue(people.timeline().history("afdelingschef", "Sundhed, Pleje & Omsorg").stream()
                .anyMatch(a -> a.status() == RoleAssertion.Status.VACANT && a.personId() == null));
        assertTrue(people.timeline().history("direktør", "Børn, Sundhed og Velfærd").stream()
                .anyMatch(a -> a.status() == RoleAssertion.Status.ACTING && a.personId() == null
                        && a.evidence().meetingId().equals("chefforum-2024-01-17")));
        assertTrue(people.timeline().history("kommunaldirektør", "").stream().anyMatch(a -> a.inferred()
                && "henrik-harder".equals(a.personId()) && a.evidence().meetingId().equals("chefforum-2024-11-20")
                && a.kind() == RoleAssertion.Kind.RECOMMENDER));
        assertEquals("Henrik Harder", holder("kommunaldirektør", "", "2024-11-20").personName());
    }

    @Test
    void activitiesAreNotRoles() {
        assertEquals(List.of("præsentere"), verbs("anne-arvel"));
        assertEquals(List.of("udarbejde"), verbs("tine-buch-juhl"));
        assertEquals(List.of("holde"), verbs("morten-manoe"));
        assertEquals(List.of("sørge"), verbs("helle-wagner-gehlert"));
        assertEquals(List.of("foreslå"), verbs("jan-eriksen"));
        assertTrue(people.timeline().ofPerson("anne-arvel").isEmpty());
    }

    @Test
    void mentionsCarryTheirSentence() {
        List<People.Mention> mentions = people.mentions("anne-arvel");
        assertEquals(1, mentions.size());
        assertTrue(mentions.get(0).evidence().text().startsWith("Anne Arvel præsenterede"));
        assertEquals(4, mentions.get(0).evidence().item());
    }

    private static List<String> verbs(String id) {
        return people.activities(id).stream().map(Activity::verb).toList();
    }

    private static RoleAssertion holder(String role, String organisation, String at) {
        List<RoleAssertion> holders = people.timeline().holders(role, organisation, LocalDate.parse(at));
        assertEquals(1, holders.size(), role + "/" + organisation + " at " + at + ": " + holders);
        return holders.get(0);
    }

    private static void assertRole(String personId, String role, String organisation, String from, String meetingId, int item) {
        List<RoleAssertion> roles = people.timeline().ofPerson(personId);
        assertTrue(roles.stream().anyMatch(a -> a.role().equals(role) && a.organisation().equals(organisation)
                && LocalDate.parse(from).equals(a.validFrom()) && a.evidence().meetingId().equals(meetingId)
                && a.evidence().item() == item), personId + ": " + roles);
    }
}
