package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a body did is what its decision says, not what it was recommended: the Hedeby minutes (fixtures/qa, no item
 * numbers, so read as one item split at its section headings) recommend one board member and decide on another. A question in
 * the past tense about the body's act is answered from the Beslutning section; one about the recommendation from the
 * Indstilling. An item the contents list but whose text the file does not hold has no decision to give.
 */
class DecidedOrRecommendedQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), TestData.HEDEBY,
                "fixtures/qa/hedeby-oekonomiudvalget-2024-10-01.txt"), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hvem udpegede Hedeby Byråd som repræsentant i Ungdomsrådet i november 2024?|Sofie Thygesen|Beslutning",
            "Hvem blev udpeget som repræsentant i Hedeby Ungdomsråd?|Sofie Thygesen|Beslutning",
            "Hvem havde direktionen indstillet som repræsentant i Ungdomsrådet?|Ib Juhl|Indstilling",
            "Hvem blev indstillet som repræsentant i Hedeby Ungdomsråd?|Ib Juhl|Indstilling"})
    void theDecisionSaysWhatWasDoneAndTheRecommendationWhatWasProposed(String question, String expected, String section) {
        Answer a = archive.answerer().ask(question);
        assertEquals(AnswerType.PERSON, a.answerType(), question + " -> " + a.answer());
        assertEquals(expected, a.answer(), question + " cites " + a.evidence());
        assertEquals(section, a.evidence().get(0).section(), question);
    }

    @Test
    void anItemKnownByItsTitleAloneSaysNothingOfWhatWasDecided() {
        // the contents list item 2, whose text the file does not hold: its title names the matter, not a decision
        Answer unsaid = archive.answerer().ask("Hvad besluttede Hedeby Økonomiudvalg om taksterne for affald 2025?");
        assertEquals(AnswerType.NONE, unsaid.answerType(), String.valueOf(unsaid.answer()));
        Answer decided = archive.answerer().ask("Hvad besluttede Hedeby Økonomiudvalg om salget af Skovgården?");
        assertEquals("Økonomiudvalget godkendte salget af Skovgården.", decided.answer());
    }
}
