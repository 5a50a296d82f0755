package dk.referatarkiv.search;

import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.SectionKind;
import dk.referatarkiv.testing.SearchFixture;
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
 * Snippets over a real index: the marks sit on the words the query matched, also in the second of two sections of
 * one kind (an item's "Økonomi" and "Høring" are both {@code Andet}, two values of one field whose offsets run on).
 * Fixture: the made-up minutes {@code fixtures/search/sections.txt} alone, whose "Høring" alone names "Brummelhøj".
 */
class SnippetSectionsTest {

    private static final String MEETING = "bakkeby-teknik-og-miljoeudvalget-2022-09-14";

    @TempDir
    static Path tmp;
    private static SearchFixture archive;

    @BeforeAll
    static void build() throws IOException {
        Corpus corpus = TestData.load(TestData.corpusOf(tmp.resolve("corpus"), "fixtures/search/sections.txt"));
        // the premise: Økonomi and Høring are two sections of one kind, so the field has two values
        assertEquals(2, corpus.meeting(MEETING).orElseThrow().item(1).orElseThrow().sections().stream()
                .filter(section -> section.kind() == SectionKind.OTHER).count());
        archive = SearchFixture.of(corpus, tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        archive.close();
    }

    @Test
    void aMatchInTheSecondSectionOfAKindIsMarked() throws IOException {
        SearchHit hit = archive.searcher().search(SearchRequest.of("Brummelhøj", 10)).hits().get(0);
        assertEquals("Andet", hit.section());
        assertTrue(hit.snippet().contains("Grundejerforeningen <mark>Brummelhøj</mark> har i høringen"), hit.snippet());
    }

    @Test
    void aMatchInTheFirstSectionOfAKindIsMarked() throws IOException {
        SearchHit hit = archive.searcher().search(SearchRequest.of("anlægsrammen", 10)).hits().get(0);
        assertEquals("Andet", hit.section());
        assertTrue(hit.snippet().contains("afholdes af <mark>anlægsrammen</mark> for 2023"), hit.snippet());
    }

    @Test
    void theSectionWithTheMostMatchesIsShown() throws IOException {
        // Indstilling, preferred on a tie, has one of the words; Sagsfremstilling has all three
        SearchHit hit = archive.searcher().search(SearchRequest.of("forvaltningen skolen havnen", 10)).hits().get(0);
        assertEquals("Sagsfremstilling", hit.section(), hit.snippet());
        assertEquals("<mark>Forvaltningen</mark> foreslår en ny sti langs åen fra <mark>skolen</mark> til "
                + "<mark>havnen</mark>.", hit.snippet());
    }
}
