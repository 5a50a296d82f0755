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
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            body.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
