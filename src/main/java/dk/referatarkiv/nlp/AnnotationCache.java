package dk.referatarkiv.nlp;

import dk.referatarkiv.internal.BookedCache;
import dk.referatarkiv.internal.CacheBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public static final int PIPELINE_VERSION = 1;
    private static final int MAGIC = 0x52414331; // "RAC1"

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
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != PIPELINE_VERSION || !in.readUTF().equals(modelsKey)) {
                LOG.info("{} was written for other models or pipeline code; texts are annotated afresh", file);
                return empty(modelsKey);
            }
            int count = in.readInt();
            Map<TextKey, AnnotatedText> stored = new HashMap<>(count * 2);
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TextKey key = new TextKey(in.readLong(), in.readLong());
                stored.put(key, readText(in, readLong(in), strings));
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
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(PIPELINE_VERSION);
            out.writeUTF(modelsKey);
            Map<TextKey, AnnotatedText> snapshot = new HashMap<>(book.used());
            out.writeInt(snapshot.size());
            Map<String, Integer> strings = new HashMap<>();
            for (Map.Entry<TextKey, AnnotatedText> e : snapshot.entrySet()) {
                out.writeLong(e.getKey().high());
                out.writeLong(e.getKey().low());
                writeLong(out, e.getValue().text());
                writeText(out, e.getValue(), strings);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
    private static void writeText(DataOutputStream out, AnnotatedText text, Map<String, Integer> strings)
            throws IOException {
        writeVarInt(out, text.sentences().size());
        int last = 0;
        for (AnnotatedSentence s : text.sentences()) {
            writeVarInt(out, s.start() - last);
            writeVarInt(out, s.end() - s.start());
            writeVarInt(out, s.tokens().size());
            int previous = s.start();
            for (Token t : s.tokens()) {
                writeVarInt(out, t.start() - previous);
                writeVarInt(out, t.end() - t.start());
                writeString(out, t.upos(), strings);
                writeString(out, t.lemma(), strings);
                previous = t.end();
            }
            last = s.end();
        }
    }

    private static AnnotatedText readText(DataInputStream in, String text, List<String> strings) throws IOException {
        int sentences = readVarInt(in);
        List<AnnotatedSentence> out = new ArrayList<>(Math.min(sentences, 1 << 16));
        int last = 0;
        for (int i = 0; i < sentences; i++) {
            int start = last + readVarInt(in);
            int end = start + readVarInt(in);
            int n = readVarInt(in);
            List<Token> tokens = new ArrayList<>(Math.min(n, 1 << 16));
            int previous = start;
            for (int k = 0; k < n; k++) {
                int ts = previous + readVarInt(in);
                int te = ts + readVarInt(in);
                // the token is the text it spans (DanishPipeline makes it so), so it is not stored twice
                tokens.add(new Token(text.substring(ts, te), ts, te, readString(in, strings), readString(in, strings)));
                previous = te;
            }
            out.add(new AnnotatedSentence(start, end, tokens));
            last = end;
        }
        return new AnnotatedText(text, out);
    }

    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("offsets only grow: " + value);
        }
        while ((value & ~0x7f) != 0) {
            out.writeByte(value & 0x7f | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed number");
    }

    /** A string table in the stream: a new string is written once (0, then the text), later by its number + 1. */
    private static void writeString(DataOutputStream out, String s, Map<String, Integer> strings) throws IOException {
        Integer known = strings.get(s);
        if (known != null) {
            writeVarInt(out, known + 1);
            return;
        }
        strings.put(s, strings.size());
        writeVarInt(out, 0);
        out.writeUTF(s);
    }

    private static String readString(DataInputStream in, List<String> strings) throws IOException {
        int id = readVarInt(in);
        if (id == 0) {
            String s = in.readUTF();
            strings.add(s);
            return s;
        }
        if (id > strings.size()) {
            throw new IOException("bad string reference " + id);
        }
        return strings.get(id - 1);
    }

    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IOException("bad text length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static TextKey keyOf(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = high << 8 | (d[i] & 0xff);
                low = low << 8 | (d[8 + i] & 0xff);
            }
            return new TextKey(high, low);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
