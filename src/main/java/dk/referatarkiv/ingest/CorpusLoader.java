package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.extract.DocumentExtractor;
import dk.referatarkiv.ingest.extract.DocumentFormat;
import dk.referatarkiv.ingest.extract.ExtractedText;
import dk.referatarkiv.ingest.extract.UnreadableDocumentException;
import dk.referatarkiv.internal.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Reads every minutes file under a directory: text and markdown, and PDF, Word (.docx) and HTML through
 * {@link DocumentExtractor}. A bad file (empty, binary, too large, unreadable, a scan without text, the same meeting
 * as an earlier file) is skipped with a report naming it and the reason; every other file is still read. Thread-safe.
 */
public final class CorpusLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoader.class);

    /** Minutes are text of some tens of kB; anything this large is not a minutes file. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final MinutesParser parser;
    private final TextDecoder decoder = new TextDecoder();
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final long maxFileBytes;

    public CorpusLoader() {
        this(new MinutesParser(), MAX_FILE_BYTES);
    }

    public CorpusLoader(MinutesParser parser, long maxFileBytes) {
        this.parser = parser;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * @throws IOException when the directory itself cannot be listed (a single unreadable file is only reported)
     */
    public Corpus load(Path directory) throws IOException {
        return load(directory, ParseCache.empty());
    }

    /**
     * Reads the directory, taking each file whose bytes and settings are unchanged from {@code cache} and parsing the
     * others (their results go into the cache, which the caller saves). A file the cache vouches for by its size,
     * modification time and identity is not read at all ({@link ParseCache#unchangedDigest}).
     *
     * @throws IOException when the directory itself cannot be listed (a single unreadable file is only reported)
     */
    public Corpus load(Path directory, ParseCache cache) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("corpus directory not found: " + directory.toAbsolutePath());
        }
        MessageDigest fingerprint = Sha256.newDigest();
        CorpusSettings settings = new CorpusSettings(directory);
        List<FileReport> reports = new ArrayList<>();
        List<Path> files = minutesFiles(directory, cache.parserVersion(), fingerprint, settings, reports);
        List<Meeting> meetings = new ArrayList<>();
        Map<String, String> fileOfMeeting = new HashMap<>();
        Map<String, String> closedTexts = new HashMap<>();
        // Files are read in order (the fingerprint depends on it), decoded and parsed in parallel a batch at a time
        // (parsing is most of the time, and files are independent; a batch bounds the bytes held at once), and kept
        // in order (which file's meeting counts as the duplicate must not depend on timing).
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Read> batch = new ArrayList<>();
            for (Path file : files.subList(from, Math.min(files.size(), from + BATCH))) {
                batch.add(read(file, directory.relativize(file).toString(), fingerprint, cache));
            }
            List<Parsed> parsed = batch.parallelStream().map(r -> parse(r, settings, cache)).toList();
            for (Parsed p : parsed) {
                reports.add(keep(p.file(), p.parsedThisRun(), meetings, fileOfMeeting, closedTexts));
            }
        }
        return new Corpus(meetings, reports, HexFormat.of().formatHex(fingerprint.digest()),
                ClosedTexts.of(closedTexts));
    }

    private static final int BATCH = 32;

    /**
     * The minutes files of the directory, in order. The version of the parser whose results the corpus holds (the
     * cache's) goes into the fingerprint first: a new parser may read the same files into other meetings, so an index
     * built from the old one's is no longer current and its changed meetings are written again. Its settings files go into the fingerprint (a changed setting changes the
     * meetings' ids) and, when {@code settings} is given, are read into it; one that cannot be read is left out of
     * both and, when {@code reports} is given, reported.
     */
    private static List<Path> minutesFiles(Path directory, int parserVersion, MessageDigest fingerprint,
                                           CorpusSettings settings, List<FileReport> reports) throws IOException {
        fingerprint.update(("parser " + parserVersion + "\n").getBytes(StandardCharsets.UTF_8));
        List<Path> files = new ArrayList<>();
        for (Path file : listFiles(directory)) {
            if (!CorpusSettings.isSettingsFile(file)) {
                files.add(file);
                continue;
            }
            try {
                fingerprint.update(Files.readAllBytes(file));
                if (settings != null) {
                    settings.add(file);
                }
            } catch (IOException | IllegalArgumentException e) {
                if (reports != null) {
                    reports.add(FileReport.skipped(directory.relativize(file).toString(),
                            "cannot read settings: " + e.getMessage()));
                }
            }
        }
        return files;
    }

    /**
     * The fingerprint {@link #load} would give the directory, from the files alone (nothing is decoded or parsed): a
     * reload asks it first and skips the whole read when the index is still current. Files that {@code cache} vouches
     * for by their size and modification time are not read.
     */
    public String fingerprint(Path directory, ParseCache cache) throws IOException {
        MessageDigest fingerprint = Sha256.newDigest();
        for (Path file : minutesFiles(directory, cache.parserVersion(), fingerprint, null, null)) {
            read(file, directory.relativize(file).toString(), fingerprint, cache);
        }
        return HexFormat.of().formatHex(fingerprint.digest());
    }

    /**
     * A file's digest and its bytes (none when the parse cache vouches for the file unread), or the report of why it
     * was not read.
     */
    private record Read(Path file, String name, byte[] digest, byte[] bytes, ParseCache.FileStat stat,
                        FileReport skipped) {
    }

    /**
     * The file's name, size and digest go into the corpus fingerprint: the digest of its bytes, read and hashed unless
     * the parse cache vouches for the file by its size and modification time.
     */
    private Read read(Path file, String name, MessageDigest fingerprint, ParseCache cache) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            fingerprint.update(name.getBytes(StandardCharsets.UTF_8));
            fingerprint.update(Long.toString(size).getBytes(StandardCharsets.UTF_8));
            if (size > maxFileBytes) {
                return new Read(file, name, null, null, null, FileReport.skipped(name, "file is "
                        + size / (1024 * 1024) + " MB; the limit is " + maxFileBytes / (1024 * 1024) + " MB"));
            }
            long key = attributes.fileKey() == null ? 0 : attributes.fileKey().hashCode();
            ParseCache.FileStat unread = new ParseCache.FileStat(size, modified, key, -1);
            Optional<byte[]> unchanged = cache.unchangedDigest(name, unread);
            if (unchanged.isPresent()) {
                fingerprint.update(unchanged.get());
                return new Read(file, name, unchanged.get(), null, unread, null);
            }
            long hashed = nowNanos();
            byte[] bytes = Files.readAllBytes(file);
            byte[] digest = ParseCache.sha256(bytes);
            fingerprint.update(digest);
            // the stat from before the read: a change while reading leaves a time the next start does not trust
            ParseCache.FileStat stat = bytes.length == size ? new ParseCache.FileStat(size, modified, key, hashed)
                    : ParseCache.FileStat.UNKNOWN;
            return new Read(file, name, digest, bytes, stat, bytes.length == 0 ? FileReport.skipped(name, "empty file") : null);
        } catch (IOException | UncheckedIOException e) {
            return new Read(file, name, null, null, null, FileReport.skipped(name, "cannot read file: " + e.getMessage()));
        }
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** A file parsed, by this run or taken from the cache. */
    private record Parsed(ParsedFile file, boolean parsedThisRun) {
    }

    /** A file read, from the cache when its bytes and settings are unchanged. */
    private Parsed parse(Read read, CorpusSettings settings, ParseCache cache) {
        if (read.skipped() != null) {
            return new Parsed(ParsedFile.skipped(read.skipped()), true);
        }
        String municipality = settings.municipality(read.file());
        AtomicBoolean now = new AtomicBoolean();
        ParsedFile file = cache.through(read.name(), read.digest(), read.stat(), municipality, () -> {
            now.set(true);
            return read.bytes() != null ? parse(read.name(), read.bytes(), municipality) : parseUnread(read, municipality);
        });
        return new Parsed(file, now.get());
    }

    /** A file the cache vouched for but whose parse it cannot serve (the folder's settings changed): read now. */
    private ParsedFile parseUnread(Read read, String municipality) {
        try {
            return parse(read.name(), Files.readAllBytes(read.file()), municipality);
        } catch (IOException | UncheckedIOException e) {
            return ParsedFile.skipped(FileReport.skipped(read.name(), "cannot read file: " + e.getMessage()));
        }
    }

    /** A file decoded and parsed, or the report of why not, or the error the parser threw (rethrown in order). */
    private ParsedFile parse(String name, byte[] bytes, String municipality) {
        DocumentFormat format = DocumentFormat.detect(name, bytes);
        DecodedText decoded;
        List<String> extractionWarnings = List.of();
        try {
            // PDF, Word and HTML become plain text first; they must not reach the decoder, which rejects binary.
            if (format == DocumentFormat.TEXT) {
                decoded = decoder.decode(bytes);
            } else {
                ExtractedText extracted = extractor.extract(format, name, bytes);
                decoded = new DecodedText(extracted.text(), StandardCharsets.UTF_8);
                extractionWarnings = extracted.warnings();
            }
        } catch (TextDecoder.NotTextException | UnreadableDocumentException e) {
            return ParsedFile.skipped(FileReport.skipped(name, e.getMessage()));
        }
        if (decoded.text().isBlank()) {
            return ParsedFile.skipped(FileReport.skipped(name, "file has no text"));
        }
        try {
            ParsedMinutes minutes = parser.parse(name, decoded.text(), municipality);
            return new ParsedFile(name, format, decoded.charset(), extractionWarnings, minutes, null, null);
        } catch (RuntimeException e) {
            return ParsedFile.failed(name, format, decoded.charset(), extractionWarnings, e);
        }
    }

    /**
     * The file's meetings added to the corpus (those of a meeting an earlier file gave are not), and its report, whose
     * problems are logged: all of them, except, for a file taken from the parse cache, its own decoding and parse
     * warnings, which were logged when it was parsed (they stay in the report). What depends on the other files (a
     * duplicate meeting) or on the settings (a closed item withheld), and a skipped file, is logged at every load.
     */
    private FileReport keep(ParsedFile p, boolean parsedThisRun, List<Meeting> meetings,
                            Map<String, String> fileOfMeeting, Map<String, String> closedTexts) {
        if (p.skipped() != null) {
            return logged(p.skipped(), 0);
        }
        if (p.error() != null) {
            throw p.error();
        }
        String name = p.name();
        ParsedMinutes parsed = p.minutes();
        DocumentFormat format = p.format();
        List<IngestProblem> problems = new ArrayList<>();
        if (!p.charset().equals(StandardCharsets.UTF_8)) {
            problems.add(IngestProblem.warning(name, 0, "decoded as " + p.charset().name() + " (not UTF-8)"));
        }
        p.extractionWarnings().forEach(w -> problems.add(IngestProblem.warning(name, 0, w)));
        problems.addAll(parsed.warnings());
        int own = problems.size();
        List<Meeting> kept = new ArrayList<>();
        for (Meeting meeting : parsed.meetings()) {
            String earlier = fileOfMeeting.get(meeting.id());
            if (earlier != null) {
                problems.add(IngestProblem.error(name, "same meeting (" + meeting.id() + ") as " + earlier + "; skipped"));
                continue;
            }
            // The parse (and so the parse cache) holds a closed item's text; it is taken out here, after the cache.
            kept.add(ClosedItems.withhold(meeting, problems, closedTexts));
        }
        if (kept.isEmpty()) {
            return logged(FileReport.skipped(name, problems.get(problems.size() - 1).message()), 0);
        }
        kept.forEach(m -> fileOfMeeting.put(m.id(), name));
        meetings.addAll(kept);
        List<String> ids = kept.stream().map(Meeting::id).toList();
        int items = kept.stream().mapToInt(m -> m.items().size()).sum();
        String layout = format == DocumentFormat.TEXT ? parsed.layout() : parsed.layout() + ", from " + format.label();
        return logged(FileReport.indexed(name, ids, items, layout, problems), parsedThisRun ? 0 : own);
    }

    /** The report, after its problems from the {@code from}th on are logged. */
    private static FileReport logged(FileReport report, int from) {
        List<IngestProblem> problems = report.problems();
        problems.subList(Math.min(from, problems.size()), problems.size()).forEach(problem -> LOG.warn("{}", problem));
        return report;
    }

    /** The regular files of the directory and its folders (links followed), in order, {@link #hidden} ones aside. */
    private static List<Path> listFiles(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(directory.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Whether a path within the corpus folder is hidden, and so no corpus file: a name on it starts with a dot (a
     * hidden file, or anything in a hidden folder such as ".git" or an upload being written). The corpus watcher takes
     * the same files for the corpus.
     *
     * @param relative the path relative to the corpus folder (the folder itself is the empty path: not hidden)
     */
    public static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
