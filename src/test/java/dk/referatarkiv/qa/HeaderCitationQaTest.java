package dk.referatarkiv.qa;

import dk.referatarkiv.cli.OpenArchive;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A header written as one run ("Teknikudvalget Referat Dato … Tid … Sted …") is read field by field; a fact from it
 * cites the field and then the line as the minutes print it.
 */
class HeaderCitationQaTest {

    @TempDir
    static Path tmp;
    private static OpenArchive archive;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/qa/nordby-teknikudvalget-2025-05-06.txt");
        archive = TestData.openArchive(corpus, tmp.resolve("index"), false);
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @Test
    void aFactOfAHeaderWrittenAsOneRunCitesTheFieldAndTheLineAsPrinted() {
        String printed = "Teknikudvalget Referat Dato 6. maj 2025 Tid 16:00 Sted Mødelokale 3, Nordby Rådhus";
        Answer where = archive.answerer().ask("Hvor holdt Nordby Teknikudvalg møde den 6. maj 2025?");
        assertEquals("Mødelokale 3, Nordby Rådhus", where.answer());
        assertEquals(List.of("Mødelokale 3, Nordby Rådhus", printed),
                where.evidence().stream().map(Answer.Evidence::text).toList());
        Answer when = archive.answerer().ask("Hvornår startede teknikudvalgets møde den 6. maj 2025?");
        assertEquals(List.of("Tid 16:00", printed), when.evidence().stream().map(Answer.Evidence::text).toList());
    }
}
