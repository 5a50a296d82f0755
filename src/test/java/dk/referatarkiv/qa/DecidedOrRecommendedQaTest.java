package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a body did is what its decision says, not what it was recommended: the Hedeby minutes (fixtures/qa, no item
 * numbers, so read as one item split at its section headings) recommend one member and decide another. A question in
 * the past tense about the body's act is answered from the Beslutning section; one about the recommendation from the
 * Indstilling.
 */
class DecidedOrRecommendedQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), TestData.HEDEBY), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem udpegede Hedeby Byråd som medlem af bestyrelsen for Hedeby Forsyning i september 2021?|Henrik Aagaard|Beslutning",
            "Hvem blev udpeget som medlem af bestyrelsen for Hedeby Forsyning?|Henrik Aagaard|Beslutning",
            "Hvem havde borgmesteren indstillet som medlem af bestyrelsen for Hedeby Forsyning?|Gitte Moos|Indstilling",
            "Hvem blev indstillet som medlem af bestyrelsen for Hedeby Forsyning?|Gitte Moos|Indstilling"})
    void theDecisionSaysWhatWasDoneAndTheRecommendationWhatWasProposed(String question, String expected, String section) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.PERSON, a.answerType(), question + " -> " + a.answer());
        assertEquals(expected, a.answer(), question + " cites " + a.evidence());
        assertEquals(section, a.evidence().get(0).section(), question);
    }
}
