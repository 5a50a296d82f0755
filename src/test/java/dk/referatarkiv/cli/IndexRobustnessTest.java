package dk.referatarkiv.cli;

import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.Fields;
import dk.referatarkiv.index.LemmaAnalysis;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.testing.BadFiles;
import dk.referatarkiv.testing.CliCapture;
import dk.referatarkiv.testing.TestData;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, end to end: {@code index} over the bundled corpus plus every kind of bad file indexes every good file,
 * names every bad one with its reason, and exits 0.
 */
class IndexRobustnessTest {

    /** Committed bad files (src/test/resources/fixtures/bad/); the 50,000-word line is generated below. */
    private static final String[] BAD_FIXTURES = {
            "fixtures/bad/binary.bin", "fixtures/bad/blank.txt", "fixtures/bad/empty.txt",
            "fixtures/bad/iso-8859-1.txt", "fixtures/bad/windows-1252.txt",
            "fixtures/bad/utf-16le-bom.txt", "fixtures/bad/utf-16be.txt", "fixtures/bad/no-date.txt",
            "fixtures/bad/no-text-layer.pdf",
    };

    @TempDir
    Path tmp;

    @Test
    void indexesGoodFilesAndNamesEveryBadOne() throws Exception {
        Path corpusDir = TestData.corpusWith(tmp.resolve("corpus"), BAD_FIXTURES);
        BadFiles.runOnMinutes(corpusDir, "run-on-line.txt");
        Path indexDir = tmp.resolve("index");
        CliCapture cli = new CliCapture(new IndexCommand());

        int exit = cli.run("index", "--corpus", corpusDir.toString(), "--index", indexDir.toString(),
                "--models", TestData.MODELS.toString());

        String printed = cli.out();
        assertEquals(Cli.OK, exit, printed + cli.err());
        Corpus bundled = TestData.load(TestData.CORPUS);
        for (Meeting meeting : bundled.meetings()) {
            assertTrue(printed.contains("ok       " + meeting.sourceFile()), printed);
        }
        for (String expected : List.of(
                "SKIPPED  binary.bin", "error: binary content",
                "SKIPPED  blank.txt", "error: file has no text",
                "SKIPPED  empty.txt", "error: empty file",
                "ok       iso-8859-1.txt", "warning: decoded as ISO-8859-1",
                "ok       windows-1252.txt", "warning: decoded as windows-1252",
                "ok       utf-16le-bom.txt", "warning: decoded as UTF-16LE",
                "ok       utf-16be.txt", "warning: decoded as UTF-16BE",
                "ok       no-date.txt", "warning: no meeting date found",
                "ok       run-on-line.txt",
                "SKIPPED  no-text-layer.pdf", "error: PDF has no text layer")) {
            assertTrue(printed.contains(expected), expected + " in\n" + printed);
        }
        assertTrue(printed.contains("4 files skipped"), printed);

        try (ArchiveIndex index = ArchiveIndex.open(indexDir, new LemmaAnalysis(TestData.pipeline()))) {
            for (Meeting meeting : bundled.meetings()) {
                int documents = index.withSearcher(s -> s.count(new TermQuery(new Term(Fields.MEETING_ID, meeting.id()))));
                assertEquals(meeting.items().size() + 1, documents, meeting.id());
            }
            ArchiveSearcher searcher = new ArchiveSearcher(index);
            assertEquals(1, searcher.search(SearchRequest.of("Prioriteringsspillet", 5)).total());
            assertTrue(searcher.search(SearchRequest.of("Regnskab 2019", 5)).hits().stream()
                    .anyMatch(h -> h.meetingDate() == null), "the undated meeting is searchable");
            assertTrue(searcher.search(SearchRequest.of("Orientering om budgettet", 5)).hits().stream()
                    .anyMatch(h -> h.meetingDate() != null && h.meetingDate().equals("2021-03-03")), "the run-on file is searchable");
        }
    }
}
