package dk.referatarkiv.testing;

import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.search.ArchiveSearcher;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A lemma-analysed index of a test corpus and a searcher over it, built once for a test class ({@code @BeforeAll})
 * and closed after it ({@code @AfterAll}).
 */
public record SearchFixture(ArchiveIndex index, ArchiveSearcher searcher) implements AutoCloseable {

    /** The corpus indexed now in {@code indexDir}. */
    public static SearchFixture of(Corpus corpus, Path indexDir) throws IOException {
        ArchiveIndex index = TestData.indexOf(corpus, indexDir);
        return new SearchFixture(index, new ArchiveSearcher(index));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
