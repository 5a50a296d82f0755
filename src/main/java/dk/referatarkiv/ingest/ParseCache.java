package dk.referatarkiv.ingest;

import dk.referatarkiv.internal.BookedCache;
import dk.referatarkiv.internal.CacheBook;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;
import dk.referatarkiv.internal.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The parsed form of every corpus file, kept on disk so that opening an archive whose files did not change parses
 * nothing. An entry is found by the file's name (relative to the corpus folder) and used only when the SHA-256 of the
 * file's bytes and the folder settings that reach the parser (the municipality) are the ones it was made from; the
 * whole file is made for one {@link #PARSER_VERSION}. A missing, truncated, corrupt or older file is an empty cache
 * (logged), never an error: the files are then parsed afresh and the cache is written again.
 * <p>
 * An entry also records the file's size, modification time and identity when it was hashed: a file whose size, time
 * and identity are still those is taken as unchanged without reading it ({@link #unchangedDigest}), as git's index
 * does (git also compares the inode's change time, which Java does not give portably); at 10^5 items
 * that spares a start reading and hashing every corpus file. A time less than {@link #RACY_NANOS} before the hash
 * may hide a later change within the file system's time resolution, so such a file is hashed again ("racily clean").
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
    public static final int PARSER_VERSION = 41;
    /** The version of the binary layout ({@link ParsedFileFormat}); bumped when a stored record gains a field. */
    static final int FORMAT_VERSION = 3;
    /** The coarsest modification time resolution of common file systems (FAT: 2 s). */
    static final long RACY_NANOS = 2_000_000_000L;
    private static final int MAGIC = 0x52504331; // "RPC1"

    /**
     * What an entry was made from: the bytes' digest, the file's stat when they were hashed, and the parser's settings
     * for the file's folder.
     */
    private record Entry(byte[] sha256, FileStat stat, String municipality, ParsedFile parsed) {
        boolean matches(byte[] digest, String municipality) {
            return Arrays.equals(sha256, digest) && this.municipality.equals(municipality);
        }
    }

    /**
     * A file's size, modification time (nanoseconds since the epoch) and identity on its file system (a hash of its
     * device and inode where the platform tells them, else 0), and when its bytes were hashed (the wall clock);
     * {@link #UNKNOWN} when not known. A file replaced by another (a move over it, a copy that keeps the time) has
     * another identity.
     */
    record FileStat(long size, long modifiedNanos, long fileKey, long hashedNanos) {
        static final FileStat UNKNOWN = new FileStat(-1, -1, 0, -1);

        /**
         * Still the file of this record, unread: the same size, time and identity, and the time was not racy when
         * hashed (a file system whose clock runs more than {@link #RACY_NANOS} behind this machine's can hide a change
         * of the same size within its time resolution; common local file systems record nanoseconds).
         */
        boolean vouchesFor(FileStat now) {
            return trusted() && size == now.size && modifiedNanos == now.modifiedNanos && fileKey == now.fileKey;
        }

        /** Known, and hashed more than {@link #RACY_NANOS} after the file's last change. */
        boolean trusted() {
            return size >= 0 && modifiedNanos < hashedNanos - RACY_NANOS;
        }
    }

    private final int parserVersion;
    private final CacheBook<String, Entry> book;

    private ParseCache(int parserVersion, Map<String, Entry> stored) {
        this.parserVersion = parserVersion;
        this.book = new CacheBook<>(stored);
    }

    /** The version of the parser whose results the cache holds, and takes. */
    public int parserVersion() {
        return parserVersion;
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
                FileStat stat = new FileStat(in.readLong(), in.readLong(), in.readLong(), in.readLong());
                String municipality = CacheFiles.readString(in);
                stored.put(name, new Entry(digest, stat, municipality, ParsedFileFormat.read(in, name, strings)));
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
     * The digest of the file {@code name} as it was hashed, when its size, modification time and identity are still
     * the ones recorded then (and the time was not racy): the file need not be read to know its bytes are the same.
     */
    Optional<byte[]> unchangedDigest(String name, FileStat now) {
        Entry known = book.stored(name);
        return known != null && known.stat().vouchesFor(now) ? Optional.of(known.sha256()) : Optional.empty();
    }

    /**
     * The parse of the file {@code name} whose bytes have {@code digest} from the cache, or {@code parse}'s result
     * (kept for saving unless the parser threw). {@code stat} is the file's as its bytes were hashed; a hit records it
     * when the stored one cannot vouch for the file and this one can (a file touched but not changed, or hashed again
     * once its time is no longer racy).
     */
    ParsedFile through(String name, byte[] digest, FileStat stat, String municipality, Supplier<ParsedFile> parse) {
        Entry entry = book.through(name, known -> known.matches(digest, municipality),
                () -> new Entry(digest, stat, municipality, parse.get()), fresh -> fresh.parsed().error() == null);
        if (stat.trusted() && !entry.stat().vouchesFor(stat)) {
            book.replace(name, new Entry(digest, stat, municipality, entry.parsed()));
        }
        return entry.parsed();
    }

    /**
     * Writes the entries of the files asked for since loading (files no longer in the corpus are dropped) to
     * {@code file}, atomically.
     */
    public void save(Path file) throws IOException {
        save(file, true);
    }

    /**
     * As {@link #save(Path)}; without the file stats ({@code withFileStats} false: every file then counts as unknown
     * and is read at the next load) the bytes depend only on the files' contents and parses, not on when and where the
     * files were read, as {@code ParserVersionTest} needs to digest them.
     */
    void save(Path file, boolean withFileStats) throws IOException {
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
                FileStat stat = withFileStats ? e.getValue().stat() : FileStat.UNKNOWN;
                out.writeLong(stat.size());
                out.writeLong(stat.modifiedNanos());
                out.writeLong(stat.fileKey());
                out.writeLong(stat.hashedNanos());
                CacheFiles.writeString(out, e.getValue().municipality());
                ParsedFileFormat.write(out, e.getValue().parsed(), strings);
            }
        });
    }

    static byte[] sha256(byte[] bytes) {
        return Sha256.newDigest().digest(bytes);
    }
}
