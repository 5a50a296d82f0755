package dk.referatarkiv.entities;

import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.internal.BookedCache;
import dk.referatarkiv.internal.CacheBook;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;
import dk.referatarkiv.internal.Sha256;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotationCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The entities extracted from each item (and each meeting header) before persons are resolved, kept on disk under a
 * hash of everything the extraction reads: the texts, their section keys, the meeting date (relative dates), the
 * journal number and, for a header, where each participant stands. Resolving persons across the archive is not
 * cached: it depends on every meeting and runs after this.
 * <p>
 * The extraction also depends on the models and gazetteers (the models key), on the annotations (the pipeline
 * version) and on the extractors' code ({@link #EXTRACTOR_VERSION}); the file records all three, and a file written
 * under others, or a missing, truncated or corrupt one, is an empty cache (logged), never an error. Only the entries
 * asked for since loading are saved, so items of removed files drop out. Thread-safe.
 */
public final class EntityCache implements BookedCache {

    private static final Logger LOG = LoggerFactory.getLogger(EntityCache.class);
    /** The file's name inside the index directory (Lucene leaves files that are not its own alone). */
    public static final String FILE = "entity-cache.bin";
    /**
     * Bump with every change to what the extractors produce for the same annotated text ({@link PersonExtractor},
     * the date, amount, budget-year, organisation, network and journal extractors, {@link CorpusEntities}'s per-item
     * part) or to the binary layout ({@link EntityFormat}), so that entities of older code are not reused.
     */
    public static final int EXTRACTOR_VERSION = 6;
    private static final int MAGIC = 0x52454331; // "REC1"

    /** The first 128 bits of the SHA-256 of an item's inputs. */
    public record Key(long high, long low) {
    }

    private final String modelsKey;
    private final int extractorVersion;
    private final CacheBook<Key, List<Entity>> book;

    private EntityCache(String modelsKey, int extractorVersion, Map<Key, List<Entity>> stored) {
        this.modelsKey = modelsKey;
        this.extractorVersion = extractorVersion;
        this.book = new CacheBook<>(stored);
    }

    /** An empty cache for entities extracted with the models identified by {@code modelsKey}. */
    public static EntityCache empty(String modelsKey) {
        return new EntityCache(modelsKey, EXTRACTOR_VERSION, Map.of());
    }

    /** The cache in {@code file}, or an empty one (see the class comment). */
    public static EntityCache load(Path file, String modelsKey) {
        return load(file, modelsKey, EXTRACTOR_VERSION);
    }

    /** As {@link #load(Path, String)}, for a given extractor version (tests show that a bump invalidates). */
    static EntityCache load(Path file, String modelsKey, int extractorVersion) {
        EntityCache none = new EntityCache(modelsKey, extractorVersion, Map.of());
        if (!Files.isRegularFile(file)) {
            return none;
        }
        try (DataInputStream in = CacheFiles.open(file)) {
            if (in.readInt() != MAGIC || in.readInt() != extractorVersion
                    || in.readInt() != AnnotationCache.PIPELINE_VERSION || !CacheFiles.readString(in).equals(modelsKey)) {
                LOG.info("{} was written for other models or extractor code; entities are extracted afresh", file);
                return none;
            }
            int count = CacheFiles.readVarInt(in);
            Map<Key, List<Entity>> stored = new HashMap<>();
            StringsIn strings = new StringsIn();
            for (int i = 0; i < count; i++) {
                stored.put(new Key(in.readLong(), in.readLong()), EntityFormat.read(in, strings));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new EntityCache(modelsKey, extractorVersion, stored);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be read ({}); entities are extracted afresh and the cache is rewritten",
                    file, e.toString());
            return none;
        }
    }

    @Override
    public CacheBook<?, ?> book() {
        return book;
    }

    /** The entities under {@code key}, or {@code extract}'s (kept for saving when they have a binary form). */
    List<Entity> through(Key key, Supplier<List<Entity>> extract) {
        return book.through(key, known -> true, () -> List.copyOf(extract.get()), EntityFormat::canWrite);
    }

    /** How many entries a save would write now. */
    public int usedCount() {
        return book.usedCount();
    }

    /** Writes the entries asked for since loading to {@code file}, atomically. */
    public void save(Path file) throws IOException {
        // in key order: entries come in from all cores, and the same items must give the same bytes
        Map<Key, List<Entity>> snapshot = new TreeMap<>(Comparator.comparingLong(Key::high).thenComparingLong(Key::low));
        snapshot.putAll(book.used());
        CacheFiles.writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(extractorVersion);
            out.writeInt(AnnotationCache.PIPELINE_VERSION);
            CacheFiles.writeString(out, modelsKey);
            CacheFiles.writeVarInt(out, snapshot.size());
            StringsOut strings = new StringsOut();
            for (Map.Entry<Key, List<Entity>> e : snapshot.entrySet()) {
                out.writeLong(e.getKey().high());
                out.writeLong(e.getKey().low());
                EntityFormat.write(out, e.getValue(), strings);
            }
        });
    }

    /** The key of an item: what {@code CorpusEntities} reads to extract its entities. */
    static Key itemKey(AnnotatedItem annotated) {
        Digest d = new Digest("item");
        d.add(String.valueOf(annotated.meeting().date()));
        d.add(annotated.title().text());
        AgendaItem item = annotated.item();
        for (int i = 0; i < item.sections().size(); i++) {
            d.add(item.sections().get(i).kind().key());
            d.add(annotated.sections().get(i).text());
        }
        d.add(item.journalNumber() == null ? "" : item.journalNumber().raw() + "\u0000" + item.journalNumber().emne());
        return d.key();
    }

    /** The key of a meeting header: its text and where each participant's entry stands in it. */
    static Key headerKey(Meeting meeting, String header) {
        Digest d = new Digest("header");
        d.add(header);
        for (Meeting.HeaderEntry entry : meeting.headerEntries()) {
            d.add(entry.participant().name() + "\u0000" + entry.start() + "\u0000" + entry.end());
        }
        return d.key();
    }

    /** SHA-256 over length-prefixed strings, so that no two different inputs run together into the same bytes. */
    private static final class Digest {
        private final MessageDigest sha;

        Digest(String kind) {
            sha = Sha256.newDigest();
            add(kind);
        }

        void add(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            sha.update((byte) (bytes.length >>> 24));
            sha.update((byte) (bytes.length >>> 16));
            sha.update((byte) (bytes.length >>> 8));
            sha.update((byte) bytes.length);
            sha.update(bytes);
        }

        Key key() {
            byte[] d = sha.digest();
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = high << 8 | (d[i] & 0xff);
                low = low << 8 | (d[8 + i] & 0xff);
            }
            return new Key(high, low);
        }
    }
}
