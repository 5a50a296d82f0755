package dk.referatarkiv.qa;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.index.SentencePreparation;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
    void thePreparedSentencesChangeOnlyWithTheVersion() throws IOException, NoSuchAlgorithmException {
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(TestData.CORPUS), TestData.pipeline());
        CorpusEntities entities = TestData.entitiesOf(annotated);
        SentencePreparer preparer = new SentencePreparer();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (AnnotatedCorpus.MeetingAnnotations meeting : annotated.byMeeting()) {
            if (meeting.headerSource() != null) {
                add(digest, preparer.header(meeting.meeting(), meeting.headerSource()));
            }
            for (AnnotatedItem item : meeting.items()) {
                ItemEntities found = entities.item(item.meeting().id(), item.item().number()).orElse(null);
                add(digest, preparer.item(item, found));
            }
        }
        String made = HexFormat.of().formatHex(digest.digest());
        Properties golden = new Properties();
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            assertNotNull(in, GOLDEN);
            golden.load(in);
        }
        String recorded = golden.getProperty(preparer.version());
        assertNotNull(recorded, "no digest recorded for " + preparer.version() + " in " + GOLDEN
                + "; the preparation of the bundled minutes gives " + made);
        assertEquals(recorded, made, "the sentences prepared for the index changed under " + preparer.version()
                + ": bump SentencePreparer.VERSION (indexes prepared before are then rebuilt) and record " + made
                + " under the new version in " + GOLDEN);
    }

    private static void add(MessageDigest digest, SentencePreparation.Prepared prepared) {
        digest.update(prepared.encoded());
        for (Set<String> words : prepared.words()) {
            digest.update(String.join(" ", new TreeSet<>(words)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
    }
}
