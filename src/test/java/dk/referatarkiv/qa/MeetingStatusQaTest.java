package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Hvad skete der med … møde": what became of the meeting itself is answered by the sentence of the meeting that says
 * it was cancelled, postponed or moved, cited where it stands; a meeting that says no such thing gets no such answer.
 */
class MeetingStatusQaTest {

    @TempDir
    Path tmp;

    @Test
    void aCancelledMeetingIsSaidToBeCancelled() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("vestby-byraadet-2023-01-10.txt"), """
                Referat
                Byrådet, Vestby Kommune

                Mødedato: 10-01-2023 kl. 18:30
                Mødested: Byrådssalen

                1. Godkendelse af dagsorden

                Beslutning
                Mødet er aflyst.
                """);
        Files.writeString(corpus.resolve("vestby-byraadet-2023-02-07.txt"), """
                Referat
                Byrådet, Vestby Kommune

                Mødedato: 07-02-2023 kl. 18:30
                Mødested: Byrådssalen

                1. Godkendelse af dagsorden

                Beslutning
                Godkendt.

                2. Salg af grund ved Skolevej

                Sagsfremstilling
                Kommunen har modtaget et bud på grunden ved Skolevej.

                Beslutning
                Godkendt.
                """);
        try (OpenArchive archive = TestData.openArchive(corpus, tmp.resolve("index"), false)) {
            Answer cancelled = archive.answerer().ask("Hvad skete der med Vestby Byråds møde den 10. januar 2023?");
            assertEquals("Mødet er aflyst.", cancelled.answer());
            assertEquals(1, cancelled.evidence().get(0).item());
            assertEquals("beslutning", cancelled.evidence().get(0).section());
            assertTrue(cancelled.evidence().get(0).meetingId().endsWith("2023-01-10"), cancelled.evidence().toString());
            Answer held = archive.answerer().ask("Hvad skete der med Vestby Byråds møde den 7. februar 2023?");
            assertFalse(held.answer() != null && held.answer().contains("aflyst"), held.answer());
        }
    }
}
