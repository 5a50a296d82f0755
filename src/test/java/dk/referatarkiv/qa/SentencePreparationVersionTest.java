package dk.referatarkiv.qa;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.index.SentencePreparation;
import dk.referatarkiv.internal.Sha256;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.testing.GoldenDigests;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sentences an index stores change only with {@link SentencePreparer}'s version, which is part of the index's
 * schema (an index prepared under another version is rebuilt; one prepared otherwise under the same version would be
 * read as if it were current). What the preparation makes of the bundled minutes is recorded, under its version, as
 * a digest in {@code golden/sentence-preparation.properties}. A change to what it makes (its code, the codec, the
 * dictionary or the models) fails here until the version is bumped and the new digest recorded under it.
 */
class SentencePreparationVersionTest {

    private static final String GOLDEN = "/golden/sentence-preparation.properties";

    @Test
    void thePreparedSentencesChangeOnlyWithTheVersion() throws IOException {
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(TestData.CORPUS), TestData.pipeline());
        CorpusEntities entities = TestData.entitiesOf(annotated);
        SentencePreparer preparer = new SentencePreparer();
        MessageDigest digest = Sha256.newDigest();
        for (AnnotatedCorpus.MeetingAnnotations meeting : annotated.byMeeting()) {
            if (meeting.headerSource() != null) {
                add(digest, preparer.header(meeting.meeting(), meeting.headerSource()));
            }
            for (AnnotatedItem item : meeting.items()) {
                ItemEntities found = entities.item(item.meeting().id(), item.item().number()).orElse(null);
                add(digest, preparer.item(item, found));
            }
        }
        assertEquals(Optional.empty(), GoldenDigests.mismatch(GOLDEN, preparer.version(), GoldenDigests.hex(digest),
                "bump SentencePreparer.VERSION (indexes prepared before are then rebuilt)"));
    }

    private static void add(MessageDigest digest, SentencePreparation.Prepared prepared) {
        digest.update(prepared.encoded());
        for (Set<String> words : prepared.words()) {
            digest.update(String.join(" ", new TreeSet<>(words)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
    }
}
