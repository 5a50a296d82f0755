package dk.referatarkiv.search;

import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingTest {

    @TempDir
    Path tmp;

    /** A word in an item's decision outranks the same word in another item's list of attachments. */
    @Test
    void decisionOutranksAttachments() throws IOException {
        Path corpus = TestData.corpusOf(tmp.resolve("corpus"), "fixtures/search/ranking.txt");
        try (ArchiveIndex index = TestData.indexOf(TestData.load(corpus), tmp.resolve("index"))) {
            SearchResult result = new ArchiveSearcher(index).search(SearchRequest.of("vandløbsplanen", 10));
            assertEquals(2, result.total());
            assertEquals(1, result.hits().get(0).item());
            assertEquals("Beslutning", result.hits().get(0).section());
            assertEquals(2, result.hits().get(1).item());
            assertEquals("Bilag", result.hits().get(1).section());
        }
    }
}
