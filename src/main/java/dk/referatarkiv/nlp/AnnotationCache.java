package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.BookedCache;
import dk.referatarkiv.internal.CacheBook;
import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;
import dk.referatarkiv.internal.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * The NLP annotations of every text of the archive, kept on disk under a hash of the text, so that opening an archive
 * whose index is current, or adding one file to it, annotates only texts it has not seen. The annotations depend on
 * the models and on the pipeline's code: the file records both ({@link #key(Path)}, {@link #PIPELINE_VERSION}), and
 * a file written under other ones is ignored, never misread. A missing, truncated or foreign file is an empty cache.
 * <p>
 * Thread-safe: {@link #through} may be called from several threads.
 */
public final class AnnotationCache implements BookedCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    /** The file's name inside the index directory (Lucene leaves files that are not its own alone). */
    public static final String FILE = "annotation-cache.bin";
    /**
     * Bumped whenever sentence splitting, tokenisation, tagging or lemmatisation code changes what it produces, so
     * that annotations made by older code are not reused.
     */
    public static final int PIPELINE_VERSION = 11;
    private static final int MAGIC = 0x52414332; // "RAC2": the layout of internal/CacheFiles

    /**
     * What the annotations this cache gives were made by: the models and the pipeline code. Texts annotated under one
     * key are annotated alike, so a later stage may key its own work on it (the index's meeting inputs).
     */
    public String annotationsKey() {
        return modelsKey + "/pipeline " + PIPELINE_VERSION;
    }

    /** A text's identity: the first 128 bits of its SHA-256. */
    private record TextKey(long high, long low) {
    }

    private final String modelsKey;
    private final CacheBook<TextKey, AnnotatedText> book;

    private AnnotationCache(String modelsKey, Map<TextKey, AnnotatedText> stored) {
        this.modelsKey = modelsKey;
        this.book = new CacheBook<>(stored);
    }

    /** An empty cache for annotations made with the models identified by {@code modelsKey}. */
    public static AnnotationCache empty(String modelsKey) {
        return new AnnotationCache(modelsKey, Map.of());
    }

    /**
     * The cache in {@code file}, or an empty one when the file is missing, unreadable or written for other models or
     * pipeline code (logged; the archive is then annotated afresh).
     */
    public static AnnotationCache load(Path file, String modelsKey) {
        if (!Files.isRegularFile(file)) {
            return empty(modelsKey);
        }
        try (DataInputStream in = CacheFiles.open(file)) {
            if (in.readInt() != MAGIC || in.readInt() != PIPELINE_VERSION || !CacheFiles.readString(in).equals(modelsKey)) {
                LOG.info("{} was written for other models or pipeline code; texts are annotated afresh", file);
                return empty(modelsKey);
            }
            int count = CacheFiles.readVarInt(in);
            Map<TextKey, AnnotatedText> stored = new HashMap<>(count * 2);
            StringsIn strings = new StringsIn();
            for (int i = 0; i < count; i++) {
                TextKey key = new TextKey(in.readLong(), in.readLong());
                stored.put(key, readText(in, CacheFiles.readString(in), strings));
            }
            return new AnnotationCache(modelsKey, stored);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be read ({}); texts are annotated afresh", file, e.toString());
            return empty(modelsKey);
        }
    }

    @Override
    public CacheBook<?, ?> book() {
        return book;
    }

    /** The annotator that answers from the cache and falls back to {@code annotator} for texts it has not seen. */
    public Function<String, AnnotatedText> through(Function<String, AnnotatedText> annotator) {
        return text -> book.through(keyOf(text), known -> known.text().equals(text), () -> annotator.apply(text),
                fresh -> true);
    }

    /**
     * Writes the annotations of the texts asked for since this cache was loaded (so texts of removed files are
     * dropped) to {@code file}, through a temporary file and a move, so that a crash leaves the old file or the new.
     */
    public void save(Path file) throws IOException {
        // in key order: entries come in from all cores, and the same texts must give the same bytes
        Map<TextKey, AnnotatedText> snapshot = new TreeMap<>(Comparator.comparingLong(TextKey::high)
                .thenComparingLong(TextKey::low));
        snapshot.putAll(book.used());
        CacheFiles.writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(PIPELINE_VERSION);
            CacheFiles.writeString(out, modelsKey);
            CacheFiles.writeVarInt(out, snapshot.size());
            StringsOut strings = new StringsOut();
            for (Map.Entry<TextKey, AnnotatedText> e : snapshot.entrySet()) {
                out.writeLong(e.getKey().high());
                out.writeLong(e.getKey().low());
                CacheFiles.writeString(out, e.getValue().text());
                writeText(out, e.getValue(), strings);
            }
        });
    }

    /** Identifies the models a cache was made with: names, sizes and CRC-32C of the files in {@code modelsDir}. */
    public static String key(Path modelsDir) throws IOException {
        CRC32C crc = new CRC32C();
        List<Path> files;
        try (var listing = Files.list(modelsDir)) {
            // the models' documentation does not change what they produce
            files = listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            crc.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, n);
                }
            }
        }
        return files.size() + ":" + Long.toHexString(crc.getValue());
    }

    // ---- format ---------------------------------------------------------------------------------------------

    /** Offsets as differences from the previous one and numbers as variable-length integers: ~6 bytes a token. */
    private static void writeText(DataOutputStream out, AnnotatedText text, StringsOut strings)
            throws IOException {
        CacheFiles.writeVarInt(out, text.sentences().size());
        int last = 0;
        for (AnnotatedSentence s : text.sentences()) {
            CacheFiles.writeVarInt(out, s.start() - last);
            CacheFiles.writeVarInt(out, s.end() - s.start());
            CacheFiles.writeVarInt(out, s.tokens().size());
            int previous = s.start();
            for (Token t : s.tokens()) {
                CacheFiles.writeVarInt(out, t.start() - previous);
                CacheFiles.writeVarInt(out, t.end() - t.start());
                strings.write(out, t.upos());
                strings.write(out, t.lemma());
                previous = t.end();
            }
            last = s.end();
        }
    }

    private static AnnotatedText readText(DataInputStream in, String text, StringsIn strings) throws IOException {
        int sentences = CacheFiles.readVarInt(in);
        List<AnnotatedSentence> out = new ArrayList<>(Math.min(sentences, 1 << 16));
        int last = 0;
        for (int i = 0; i < sentences; i++) {
            int start = last + CacheFiles.readVarInt(in);
            int end = start + CacheFiles.readVarInt(in);
            int n = CacheFiles.readVarInt(in);
            List<Token> tokens = new ArrayList<>(Math.min(n, 1 << 16));
            int previous = start;
            for (int k = 0; k < n; k++) {
                int ts = previous + CacheFiles.readVarInt(in);
                int te = ts + CacheFiles.readVarInt(in);
                // the token is the text it spans (DanishPipeline makes it so), so it is not stored twice
                tokens.add(new Token(text.substring(ts, te), ts, te, strings.read(in), strings.read(in)));
                previous = te;
            }
            out.add(new AnnotatedSentence(start, end, tokens));
            last = end;
        }
        return new AnnotatedText(text, out);
    }

    private static TextKey keyOf(String text) {
        byte[] d = Sha256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | (d[i] & 0xff);
            low = low << 8 | (d[8 + i] & 0xff);
        }
        return new TextKey(high, low);
    }
}
