package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.BookedCache;
import dk.referatarkiv.internal.CacheBook;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The parsed form of every corpus file, kept on disk so that opening an archive whose files did not change parses
 * nothing. An entry is found by the file's name (relative to the corpus folder) and used only when the SHA-256 of the
 * file's bytes and the folder settings that reach the parser (the municipality) are the ones it was made from; the
 * whole file is made for one {@link #PARSER_VERSION}. A missing, truncated, corrupt or older file is an empty cache
 * (logged), never an error: the files are then parsed afresh and the cache is written again.
 * <p>
 * Only files that were asked for since loading are saved, so removed files drop out. Thread-safe: {@link #through}
 * may be called from several threads.
 */
public final class ParseCache implements BookedCache {

    private static final Logger LOG = LoggerFactory.getLogger(ParseCache.class);
    /** The file's name inside the index directory (Lucene leaves files that are not its own alone). */
    public static final String FILE = "parse-cache.bin";
    /**
     * The version of what parsing produces. Bump it with every change to ingest that changes a parse result for the
     * same bytes: {@link MinutesParser} and its segmenter, lexicon and readers, {@link TextDecoder}, the PDF, Word and
     * HTML extraction (including a new Tika/PDFBox version), {@link Participant}'s normalisation, or the warnings any
     * of them give. An old cache would otherwise serve the old parse for unchanged files.
     */
    public static final int PARSER_VERSION = 12;
    /** The version of the binary layout ({@link ParsedFileFormat}); bumped when a stored record gains a field. */
    static final int FORMAT_VERSION = 1;
    private static final int MAGIC = 0x52504331; // "RPC1"

    /** What an entry was made from: the bytes' digest and the parser's settings for the file's folder. */
    private record Entry(byte[] sha256, String municipality, ParsedFile parsed) {
        boolean matches(byte[] digest, String municipality) {
            return Arrays.equals(sha256, digest) && this.municipality.equals(municipality);
        }
    }

    private final int parserVersion;
    private final CacheBook<String, Entry> book;

    private ParseCache(int parserVersion, Map<String, Entry> stored) {
        this.parserVersion = parserVersion;
        this.book = new CacheBook<>(stored);
    }

    public static ParseCache empty() {
        return new ParseCache(PARSER_VERSION, Map.of());
    }

    /** The cache in {@code file}, or an empty one when it is missing, unreadable or of another parser version. */
    public static ParseCache load(Path file) {
        return load(file, PARSER_VERSION);
    }

    /** As {@link #load(Path)}, for a given parser version (tests show that a bump invalidates). */
    static ParseCache load(Path file, int parserVersion) {
        if (!Files.isRegularFile(file)) {
            return new ParseCache(parserVersion, Map.of());
        }
        try (DataInputStream in = CacheFiles.open(file)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION || in.readInt() != parserVersion) {
                LOG.info("{} was written by another parser version; the corpus files are parsed afresh", file);
                return new ParseCache(parserVersion, Map.of());
            }
            int count = CacheFiles.readVarInt(in);
            Map<String, Entry> stored = new HashMap<>();
            StringsIn strings = new StringsIn();
            for (int i = 0; i < count; i++) {
                String name = CacheFiles.readString(in);
                byte[] digest = new byte[32];
                in.readFully(digest);
                String municipality = CacheFiles.readString(in);
                stored.put(name, new Entry(digest, municipality, ParsedFileFormat.read(in, name, strings)));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new ParseCache(parserVersion, stored);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be read ({}); the corpus files are parsed afresh and the cache is rewritten",
                    file, e.toString());
            return new ParseCache(parserVersion, Map.of());
        }
    }

    @Override
    public CacheBook<?, ?> book() {
        return book;
    }

    /**
     * The parse of the file {@code name} with these bytes from the cache, or {@code parse}'s result (kept for saving
     * unless the parser threw).
     */
    ParsedFile through(String name, byte[] bytes, String municipality, Supplier<ParsedFile> parse) {
        byte[] digest = sha256(bytes);
        return book.through(name, known -> known.matches(digest, municipality),
                () -> new Entry(digest, municipality, parse.get()), fresh -> fresh.parsed().error() == null).parsed();
    }

    /**
     * Writes the entries of the files asked for since loading (files no longer in the corpus are dropped) to
     * {@code file}, atomically.
     */
    public void save(Path file) throws IOException {
        // sorted, so that the same corpus gives the same bytes
        Map<String, Entry> snapshot = new TreeMap<>(book.used());
        CacheFiles.writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(parserVersion);
            CacheFiles.writeVarInt(out, snapshot.size());
            StringsOut strings = new StringsOut();
            for (Map.Entry<String, Entry> e : snapshot.entrySet()) {
                CacheFiles.writeString(out, e.getKey());
                out.write(e.getValue().sha256());
                CacheFiles.writeString(out, e.getValue().municipality());
                ParsedFileFormat.write(out, e.getValue().parsed(), strings);
            }
        });
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
