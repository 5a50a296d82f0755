package dk.referatarkiv.entities;

import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every participant of a header is a person mention of item 0, at its place in the header text. */
class HeaderPersonsTest {

    @TempDir
    Path tmp;

    /**
     * Regression: the header lists absentees last, and the participants after an absentee (here the substitute and
     * the protocol keeper after Lise Kjær) were searched for after her entry, not found, and left unresolved.
     */
    @Test
    void participantsAfterAnAbsenteeAreFound() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/members/egeskov-oekonomiudvalget-2024-01-10.txt");
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(corpus), TestData.pipeline());
        CorpusEntities entities = TestData.entitiesOf(annotated);
        Meeting meeting = annotated.corpus().meetings().get(0);
        String header = meeting.headerText();
        List<Entity> persons = entities.item(meeting.id(), 0).orElseThrow().of(EntityType.PERSON);
        assertEquals(meeting.participants().stream().map(Participant::name).sorted().toList(),
                persons.stream().map(Entity::text).sorted().toList());
        for (Entity e : persons) {
            assertEquals(e.text(), header.substring(e.start(), e.end()));
        }
        assertEquals("soeren-ravn", entities.persons().person("Egeskov", "Søren Ravn").orElseThrow().id());
    }
}
