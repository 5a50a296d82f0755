package dk.referatarkiv.ingest;

import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: a start with unchanged files parses nothing, and what the cache gives is exactly what parsing gives — on
 * the bundled minutes, bad files (skipped with a reason, decoded from other charsets), the PDF, Word and HTML forms
 * under a folder setting, and a file with closed items.
 */
class ParseCacheTest {

    private static final String[] FIXTURES = {"fixtures/bad/binary.bin", "fixtures/bad/empty.txt",
            "fixtures/bad/windows-1252.txt", "fixtures/bad/no-items.txt", "fixtures/bad/duplicate-meeting.txt",
            "fixtures/bad/no-text-layer.pdf", "fixtures/closed/lukket.txt"};
    private static final String[] FORMATS = {"fixtures/formats/chefforum-2024-11-20.docx",
            "fixtures/formats/chefforum-2024-11-20.html", "fixtures/formats/chefforum-2024-11-20.pdf"};

    /** The bundled minutes file the file-stat tests change. */
    private static final String MINUTES = "chefforum-2024-02-14.txt";

    @TempDir
    Path tmp;
    private Path corpus;
    private Path file;
    /** Files the loader hands to the parser: all but those skipped before parsing (the empty one). */
    private int parsedFiles;

    @BeforeEach
    void corpus() throws IOException {
        corpus = TestData.corpusWith(tmp.resolve("corpus"), FIXTURES);
        Path sub = TestData.corpusOf(corpus.resolve("albertslund"), FORMATS);
        Files.writeString(sub.resolve(CorpusSettings.FILE), "kommune=Albertslund\n");
        file = tmp.resolve("index").resolve(ParseCache.FILE);
        Files.createDirectories(file.getParent());
        try (var walk = Files.walk(corpus)) {
            parsedFiles = (int) walk.filter(Files::isRegularFile).filter(f -> !CorpusSettings.isSettingsFile(f)).count() - 1;
        }
    }

    @Test
    void theCacheGivesWhatParsingGivesAndParsesNothing() throws IOException {
        Corpus fresh = new CorpusLoader().load(corpus);
        assertEquals(1, fresh.closedTexts().size(), "the closed item's text is kept apart");
        ParseCache first = ParseCache.empty();
        assertSame(fresh, new CorpusLoader().load(corpus, first));
        assertEquals(parsedFiles, first.misses());
        first.save(file);

        ParseCache second = ParseCache.load(file);
        assertEquals(parsedFiles, second.size());
        assertSame(fresh, new CorpusLoader().load(corpus, second));
        assertEquals(parsedFiles, second.hits());
        assertEquals(0, second.misses(), "an unchanged file is not parsed");
        assertTrue(second.unchanged());
    }

    @Test
    void aChangedFileIsParsedAgainAndTheOthersAreNot() throws IOException {
        saveCacheOfCorpus();
        Files.writeString(corpus.resolve("chefforum-2024-02-14.txt"), "\nPunkt 99. Nyt punkt\nSagsfremstilling\nTilføjet.\n",
                StandardOpenOption.APPEND);
        ParseCache cache = ParseCache.load(file);
        Corpus cached = new CorpusLoader().load(corpus, cache);
        assertEquals(1, cache.misses());
        assertEquals(parsedFiles - 1, cache.hits());
        assertSame(new CorpusLoader().load(corpus), cached);
    }

    @Test
    void aFileWhoseSizeAndTimeAreAsRecordedIsNotReadAgain() throws IOException {
        Path minutes = corpus.resolve(MINUTES);
        FileTime anHourAgo = cacheSavedWithMinutesFrom(Duration.ofHours(1));
        Files.writeString(minutes, sameSizeChange(Files.readString(minutes)));
        Files.setLastModifiedTime(minutes, anHourAgo);

        ParseCache cache = ParseCache.load(file);
        Corpus cached = new CorpusLoader().load(corpus, cache);
        assertEquals(0, cache.misses(), "the size and time vouch for the file: it is not read, so not parsed");
        assertChangeNotRead(cached, "the parse is the recorded one");

        Files.setLastModifiedTime(minutes, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
        ParseCache touched = ParseCache.load(file);
        assertSame(new CorpusLoader().load(corpus), new CorpusLoader().load(corpus, touched));
        assertEquals(1, touched.misses(), "another time: the file is read, its new bytes parsed");
    }

    @Test
    void aFileHashedWithinTheRacyTimeOfItsLastChangeIsReadAgain() throws IOException {
        Path minutes = corpus.resolve(MINUTES);
        FileTime justNow = cacheSavedWithMinutesFrom(Duration.ZERO);
        // changed within the file system's time resolution: same size, same time
        Files.writeString(minutes, sameSizeChange(Files.readString(minutes)));
        Files.setLastModifiedTime(minutes, justNow);

        assertOneFileReadAgain("a time that was racy when hashed does not vouch: the file is read");
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws IOException {
        Path minutes = corpus.resolve(MINUTES);
        FileTime anHourAgo = cacheSavedWithMinutesFrom(Duration.ofHours(1));
        Path other = Files.writeString(tmp.resolve("replacement.txt"), sameSizeChange(Files.readString(minutes)));
        Files.setLastModifiedTime(other, anHourAgo);
        Files.move(other, minutes, StandardCopyOption.REPLACE_EXISTING);

        assertOneFileReadAgain("another file (another inode) under the same name is read");
    }

    /** The cache saved after the minutes file's time was set {@code ago} before now; that time. */
    private FileTime cacheSavedWithMinutesFrom(Duration ago) throws IOException {
        FileTime time = FileTime.from(Instant.now().minus(ago));
        Files.setLastModifiedTime(corpus.resolve(MINUTES), time);
        saveCacheOfCorpus();
        return time;
    }

    /** A load through the saved cache parses exactly one file again, and gives what parsing everything gives. */
    private void assertOneFileReadAgain(String because) throws IOException {
        ParseCache cache = ParseCache.load(file);
        Corpus cached = new CorpusLoader().load(corpus, cache);
        assertEquals(1, cache.misses(), because);
        assertSame(new CorpusLoader().load(corpus), cached);
    }

    /** The corpus holds none of the text {@link #sameSizeChange} writes: the changed file was not read. */
    private static void assertChangeNotRead(Corpus corpus, String because) {
        assertTrue(corpus.meetings().stream().flatMap(m -> m.items().stream()).flatMap(i -> i.sections().stream())
                .noneMatch(sec -> sec.text().contains("Xxxxx")), because);
    }

    @Test
    void aFileHashedAgainOnceItsTimeIsNoLongerRacyIsRecordedAndNotReadAfter() throws IOException {
        Path minutes = corpus.resolve(MINUTES);
        saveCacheOfCorpus(); // every file written just now: racy, so recorded as unable to vouch
        Files.setLastModifiedTime(minutes, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        ParseCache second = ParseCache.load(file);
        new CorpusLoader().load(corpus, second);
        assertEquals(0, second.misses(), "the same bytes: a hit");
        assertFalse(second.unchanged(), "its new, older time is recorded");
        second.save(file);
        FileTime recorded = Files.getLastModifiedTime(minutes);
        Files.writeString(minutes, sameSizeChange(Files.readString(minutes)));
        Files.setLastModifiedTime(minutes, recorded);
        ParseCache third = ParseCache.load(file);
        Corpus cached = new CorpusLoader().load(corpus, third);
        assertChangeNotRead(cached, "now vouched for: not read");
    }

    /** The text with its first word of five letters after "Sagsfremstilling" replaced by "Xxxxx": the same size. */
    private static String sameSizeChange(String text) {
        Matcher word = Pattern.compile("(?<=\\s)[a-zæøå]{5}(?=\\s)")
                .matcher(text.substring(text.indexOf("Sagsfremstilling")));
        assertTrue(word.find());
        int at = text.indexOf("Sagsfremstilling") + word.start();
        return text.substring(0, at) + "Xxxxx" + text.substring(at + 5);
    }

    @Test
    void aChangedFolderSettingParsesThatFolderAgain() throws IOException {
        saveCacheOfCorpus();
        Files.writeString(corpus.resolve("albertslund").resolve(CorpusSettings.FILE), "kommune=Nordby\n");
        ParseCache cache = ParseCache.load(file);
        Corpus cached = new CorpusLoader().load(corpus, cache);
        assertEquals(FORMATS.length, cache.misses());
        assertTrue(cached.meetings().stream().anyMatch(m -> m.municipality().equals("Nordby")));
        assertSame(new CorpusLoader().load(corpus), cached);
    }

    @Test
    void aRemovedFileDisappearsFromTheCorpusAndTheCache() throws IOException {
        saveCacheOfCorpus();
        Files.delete(corpus.resolve("chefforum-2023-05-10.txt"));
        ParseCache cache = ParseCache.load(file);
        Corpus cached = new CorpusLoader().load(corpus, cache);
        assertEquals(0, cache.misses());
        assertFalse(cache.unchanged(), "a dropped file is a change to write");
        assertTrue(cached.reports().stream().noneMatch(r -> r.file().equals("chefforum-2023-05-10.txt")));
        assertSame(new CorpusLoader().load(corpus), cached);
        cache.save(file);
        assertEquals(parsedFiles - 1, ParseCache.load(file).size());
    }

    @Test
    void aCorruptCacheIsIgnoredAndWrittenAgain() throws IOException {
        saveCacheOfCorpus();
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] broken : List.of(Arrays.copyOf(bytes, bytes.length / 2), garbled(bytes),
                "not a cache".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            Files.write(file, broken);
            ParseCache cache = ParseCache.load(file);
            assertEquals(0, cache.size());
            assertSame(new CorpusLoader().load(corpus), new CorpusLoader().load(corpus, cache));
            assertEquals(parsedFiles, cache.misses());
            cache.save(file);
            assertEquals(parsedFiles, ParseCache.load(file).size(), "rewritten whole");
        }
    }

    @Test
    void anotherParserVersionInvalidatesTheCache() throws IOException {
        saveCacheOfCorpus();
        assertEquals(parsedFiles, ParseCache.load(file, ParseCache.PARSER_VERSION).size());
        assertEquals(0, ParseCache.load(file, ParseCache.PARSER_VERSION + 1).size());
    }

    private void saveCacheOfCorpus() throws IOException {
        ParseCache cache = ParseCache.empty();
        new CorpusLoader().load(corpus, cache);
        cache.save(file);
    }

    /** The bytes with a stretch after the header overwritten: a flipped count or tag, not just a short file. */
    private static byte[] garbled(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 12; i < Math.min(copy.length, 400); i++) {
            copy[i] = (byte) 0xff;
        }
        return copy;
    }

    /** Equal meetings (every field of every item and section) and equal reports; the fingerprint is the bytes'. */
    private static void assertSame(Corpus expected, Corpus actual) {
        assertEquals(expected.meetings(), actual.meetings());
        assertEquals(expected.reports(), actual.reports());
        assertEquals(expected.fingerprint(), actual.fingerprint());
        assertEquals(expected.closedTexts(), actual.closedTexts(), "closed items' text survives the cache");
    }
}
