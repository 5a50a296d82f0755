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
        Files.writeString(corpus.resolve("vestby-byraadet-2025-03-04.txt"), """
                Referat
                Byrådet, Vestby Kommune

                Mødedato: 04-03-2025 kl. 16:00
                Mødested: Mødesal 3, Vestby Rådhus

                1. Meddelelser fra borgmesteren

                Beslutning
                Mødet blev aflyst på grund af stormvarsel.
                """);
        Files.writeString(corpus.resolve("vestby-byraadet-2025-04-01.txt"), """
                Referat
                Byrådet, Vestby Kommune

                Mødedato: 01-04-2025 kl. 16:00
                Mødested: Mødesal 3, Vestby Rådhus

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
            Answer cancelled = archive.answerer().ask("Hvad skete der med byrådsmødet i Vestby den 4. marts 2025?");
            assertEquals("Mødet blev aflyst på grund af stormvarsel.", cancelled.answer());
            assertEquals(1, cancelled.evidence().get(0).item());
            assertEquals("beslutning", cancelled.evidence().get(0).section());
            assertTrue(cancelled.evidence().get(0).meetingId().endsWith("2025-03-04"), cancelled.evidence().toString());
            Answer held = archive.answerer().ask("Hvad skete der med byrådsmødet i Vestby den 1. april 2025?");
            assertFalse(held.answer() != null && held.answer().contains("aflyst"), held.answer());
        }
    }
}
