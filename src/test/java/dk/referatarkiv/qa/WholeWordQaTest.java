package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Of two persons as near the question's words, the one next to the word itself is the answer, not the one next to a
 * compound that only ends in it: "projektleder Lars Holt og daglig leder Mona Krag" (the Åby minutes, fixtures/qa).
 */
class WholeWordQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        archive = TestData.openArchive(TestData.corpusOf(tmp.resolve("corpus"), TestData.AABY), tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @Test
    void theTitleAsWrittenBeatsACompoundEndingInIt() {
        Answer a = archive.answerer().ask("Hvem er daglig leder af Åby Idrætspark?");
        assertEquals(AnswerType.PERSON, a.answerType(), String.valueOf(a.answer()));
        assertTrue(a.answer().endsWith("Mona Krag"), a.answer());
        Answer b = archive.answerer().ask("Hvem er projektleder i Åby Idrætspark?");
        assertTrue(b.answer().endsWith("Lars Holt"), String.valueOf(b.answer()));
    }

    @Test
    void alsoWhenTheWholeWordIsAFewCharactersFarther() {
        // "daglig leder, Mona Krag, og projektleder Lars Holt": the comma puts Mona Krag one character farther
        Answer a = archive.answerer().ask("Hvem er daglig leder af svømmehallen?");
        assertEquals(AnswerType.PERSON, a.answerType(), String.valueOf(a.answer()));
        assertTrue(a.answer().endsWith("Mona Krag"), a.answer());
    }
}
