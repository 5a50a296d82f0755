package dk.referatarkiv.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The primitives of the archive's binary cache files (parse cache, entity cache): variable-length numbers, strings
 * of any length, a string table that writes a repeated string once, and an atomic write. Compact and fast to read,
 * with no Java serialisation of objects, so a cache file can never construct anything but the values its reader
 * asks for. Stateless static methods; a {@link StringsOut} / {@link StringsIn} belongs to one stream.
 */
public final class CacheFiles {

    /** Longer strings than this are corruption, not minutes (a file is at most 20 MB). */
    private static final int MAX_STRING_BYTES = 64 << 20;
    private static final long NO_DATE = Long.MIN_VALUE;

    private CacheFiles() {
    }

    /** The body of a cache file. */
    @FunctionalInterface
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} through a temporary file and a move, so that a crash or a concurrent reader sees the old
     * file or the new one, never half of one.
     */
    public static void writeAtomically(Path file, Body body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                body.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // a half-written file must not stay behind (a cache can be tens of MB)
            throw e;
        }
    }

    /** A buffered reader of {@code file}. */
    public static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** A non-negative number in 1–5 bytes (small numbers, the common case, take one). */
    public static void writeVarInt(DataOutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative: " + value);
        }
        while ((value & ~0x7f) != 0) {
            out.writeByte(value & 0x7f | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    public static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IOException("malformed number");
                }
                return value;
            }
        }
        throw new IOException("malformed number");
    }

    /** A date that may be null, as its epoch day ({@link Long#MIN_VALUE} for none). */
    public static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? NO_DATE : date.toEpochDay());
    }

    public static LocalDate readDate(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** Writes one value of a list. */
    @FunctionalInterface
    public interface ValueWriter<T> {
        void write(T value) throws IOException;
    }

    /** Reads one value of a list. */
    @FunctionalInterface
    public interface ValueReader<T> {
        T read() throws IOException;
    }

    /** A list as its size, then each value. */
    public static <T> void writeList(DataOutputStream out, List<T> values, ValueWriter<T> writer) throws IOException {
        writeVarInt(out, values.size());
        for (T value : values) {
            writer.write(value);
        }
    }

    /** A list of at most {@code max} values; room is made as values come, so a corrupt size costs no memory. */
    public static <T> List<T> readList(DataInputStream in, int max, ValueReader<T> reader) throws IOException {
        int n = readCount(in, max);
        List<T> values = new ArrayList<>(Math.min(n, 1 << 12));
        for (int i = 0; i < n; i++) {
            values.add(reader.read());
        }
        return values;
    }

    /** A count that the reader will allocate for: checked, so that a corrupt file cannot ask for gigabytes. */
    public static int readCount(DataInputStream in, int max) throws IOException {
        int n = readVarInt(in);
        if (n > max) {
            throw new IOException("implausible count " + n);
        }
        return n;
    }

    /** A string of any length (writeUTF stops at 64 kB; a section's text may be longer). */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(out, bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInputStream in) throws IOException {
        int length = readVarInt(in);
        if (length > MAX_STRING_BYTES) {
            throw new IOException("bad string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A string that may be null (a flag byte first). */
    public static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    public static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    /**
     * The writing side of a string table: a string seen before is written as its number, so section keys, layouts,
     * party letters and the like cost a byte or two. Null is a value of its own. One per stream, read back by one
     * {@link StringsIn}.
     */
    public static final class StringsOut {
        private final Map<String, Integer> ids = new HashMap<>();

        public void write(DataOutputStream out, String s) throws IOException {
            if (s == null) {
                writeVarInt(out, 0);
                return;
            }
            Integer known = ids.get(s);
            if (known != null) {
                writeVarInt(out, known + 2);
                return;
            }
            ids.put(s, ids.size());
            writeVarInt(out, 1);
            writeString(out, s);
        }
    }

    /** The reading side of a string table. */
    public static final class StringsIn {
        private final List<String> strings = new ArrayList<>();

        public String read(DataInputStream in) throws IOException {
            int id = readVarInt(in);
            if (id == 0) {
                return null;
            }
            if (id == 1) {
                String s = readString(in);
                strings.add(s);
                return s;
            }
            if (id - 2 >= strings.size()) {
                throw new IOException("bad string reference " + id);
            }
            return strings.get(id - 2);
        }
    }
}
