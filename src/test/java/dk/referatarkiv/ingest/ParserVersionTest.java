package dk.referatarkiv.ingest;

import dk.referatarkiv.testing.GoldenDigests;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the parser makes changes only with {@link ParseCache#PARSER_VERSION}: a parse cache written under one version
 * is taken as the parse of unchanged files by the next start, so a parser that reads the same bytes otherwise under
 * the same version would go on serving the old parse. The cache the bundled corpus and a set of fixtures (layouts,
 * encodings, PDF, Word and HTML, closed items, made-up councils) make is recorded, under its version, as a digest in
 * {@code golden/parser.properties}; a change to the parse fails here until the version is bumped and the new digest
 * recorded under it.
 */
class ParserVersionTest {

    private static final String GOLDEN = "/golden/parser.properties";

    @TempDir
    Path tmp;

    @Test
    void theParseChangesOnlyWithTheVersion() throws IOException {
        Path corpus = TestData.corpusWith(tmp.resolve("corpus"), "fixtures/layouts/markdown.md",
                "fixtures/layouts/plain.txt", "fixtures/layouts/udvalg.txt", TestData.SOEHOLM, TestData.BAKKEBY,
                TestData.RAVNSOE, "fixtures/bodies/egeskov-oekonomiudvalget-2024-04-10.txt",
                "fixtures/closed/lukket.txt", "fixtures/facets/nordby-2023-05-02.txt",
                "fixtures/members/egeskov-byraadet-2024-01-29.txt", "fixtures/formats/chefforum-2024-11-20.html",
                "fixtures/formats/chefforum-2024-11-20.docx", "fixtures/formats/chefforum-2024-11-20.pdf",
                "fixtures/bad/iso-8859-1.txt", "fixtures/bad/windows-1252.txt", "fixtures/bad/no-items.txt",
                "fixtures/bad/no-date.txt", "fixtures/bad/duplicate-meeting.txt");
        ParseCache cache = ParseCache.empty();
        new CorpusLoader().load(corpus, cache);
        Path file = tmp.resolve(ParseCache.FILE);
        cache.save(file, false);
        assertEquals(Optional.empty(), GoldenDigests.mismatch(GOLDEN, String.valueOf(ParseCache.PARSER_VERSION),
                GoldenDigests.of(file), "bump ParseCache.PARSER_VERSION (parse caches written before are then ignored)"));
    }
}
