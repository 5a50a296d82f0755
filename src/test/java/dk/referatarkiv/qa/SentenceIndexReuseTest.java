package dk.referatarkiv.qa;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a file is added or changed, the sentence index takes the sentences of every unchanged item from the previous
 * one and prepares only the items that changed; the result is the index a fresh build makes.
 */
class SentenceIndexReuseTest {

    private static final String SOEHOLM = "fixtures/qa/soeholm-byraad-2021-03-12.txt";
    private static final String BAKKEBY = "fixtures/qa/bakkeby-oekonomiudvalget-2022-06-03.txt";
    private static final String RAVNSOE = "fixtures/qa/ravnsoe-byraadet-2023-05-11.txt";

    @TempDir
    Path tmp;

    @Test
    void unchangedItemsAreTakenOverAndTheResultIsAFreshBuild() throws IOException {
        Path folder = TestData.corpusOf(tmp.resolve("corpus"), SOEHOLM, BAKKEBY);
        AnnotatedCorpus before = AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
        SentenceIndex previous = SentenceIndex.build(before, TestData.entitiesOf(before));

        TestData.corpusOf(folder, RAVNSOE);
        Path bakkeby = folder.resolve(Path.of(BAKKEBY).getFileName());
        Files.writeString(bakkeby, Files.readString(bakkeby).replace("Anbefales.", "Anbefales med bemærkninger."));
        AnnotatedCorpus after = AnnotatedCorpus.annotate(TestData.load(folder), TestData.pipeline());
        CorpusEntities entities = TestData.entitiesOf(after);
        SentenceIndex updated = SentenceIndex.build(after, entities, previous);
        SentenceIndex fresh = SentenceIndex.build(after, entities);

        Meeting soeholm = meeting(after, "Søholm");
        Meeting changed = meeting(after, "Bakkeby");
        Meeting added = meeting(after, "Ravnsø");
        assertTrue(Files.readString(bakkeby).contains("Anbefales med bemærkninger."), "the fixture has the decision");
        boolean changedAnItem = false;
        for (Meeting meeting : java.util.List.of(soeholm, changed, added)) {
            for (int item = 0; item <= meeting.items().size(); item++) {
                assertEquals(fresh.sentences(meeting.id(), item), updated.sentences(meeting.id(), item),
                        meeting.id() + "#" + item);
                assertEquals(fresh.recommender(meeting.id(), item), updated.recommender(meeting.id(), item));
                if (meeting == soeholm && !updated.sentences(meeting.id(), item).isEmpty()) {
                    assertSame(previous.sentences(meeting.id(), item), updated.sentences(meeting.id(), item),
                            "an unchanged item's sentences are taken over");
                }
                if (meeting == changed && !previous.sentences(meeting.id(), item).equals(updated.sentences(meeting.id(), item))) {
                    assertNotSame(previous.sentences(meeting.id(), item), updated.sentences(meeting.id(), item));
                    changedAnItem = true;
                }
            }
        }
        assertTrue(changedAnItem, "the changed decision's item was prepared again");
        assertFalse(updated.sentences(added.id(), 1).isEmpty());
        for (String lemma : java.util.List.of("anbefale", "bemærkning", "efterretning", "budget")) {
            assertEquals(fresh.idf(lemma), updated.idf(lemma), lemma);
        }
    }

    private static Meeting meeting(AnnotatedCorpus corpus, String municipality) {
        return corpus.corpus().meetings().stream().filter(m -> m.municipality().contains(municipality)).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting of " + municipality));
    }
}
