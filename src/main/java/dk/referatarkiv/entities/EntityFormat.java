package dk.referatarkiv.entities;

import dk.referatarkiv.internal.CacheFiles;
import dk.referatarkiv.internal.CacheFiles.StringsIn;
import dk.referatarkiv.internal.CacheFiles.StringsOut;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of an item's entity list: in {@link EntityCache}, and in the sentences the index stores for the
 * question answerer (there with persons resolved: a person's value is then its id, a string). An entity's value is one of a closed set of types
 * (what the extractors produce before persons are resolved: none, a string, a budget year, an {@link Amount}, a
 * {@link DateRange}), each with a tag; {@link #canWrite} tells whether a list holds only those, so that an extractor
 * that one day returns another type is simply not cached rather than misread. Stateless.
 */
public final class EntityFormat {

    private static final int NONE = 0;
    private static final int STRING = 1;
    private static final int INTEGER = 2;
    private static final int AMOUNT = 3;
    private static final int DATE_RANGE = 4;
    private static final int MAX_ENTITIES = 1 << 20;

    private EntityFormat() {
    }

    public static boolean canWrite(List<Entity> entities) {
        return entities.stream().allMatch(e -> e.value() == null || e.value() instanceof String
                || e.value() instanceof Integer || e.value() instanceof Amount || e.value() instanceof DateRange);
    }

    public static void write(DataOutputStream out, List<Entity> entities, StringsOut strings) throws IOException {
        CacheFiles.writeVarInt(out, entities.size());
        for (Entity e : entities) {
            out.writeByte(e.type().ordinal());
            strings.write(out, e.text());
            out.writeInt(e.start());
            out.writeInt(e.end());
            strings.write(out, e.section());
            writeValue(out, e.value(), strings);
            strings.write(out, e.label());
        }
    }

    public static List<Entity> read(DataInputStream in, StringsIn strings) throws IOException {
        int n = CacheFiles.readCount(in, MAX_ENTITIES);
        EntityType[] types = EntityType.values();
        List<Entity> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EntityType type = types[in.readUnsignedByte()];
            entities.add(new Entity(type, strings.read(in), in.readInt(), in.readInt(), strings.read(in),
                    readValue(in, strings), strings.read(in)));
        }
        return List.copyOf(entities);
    }

    private static void writeValue(DataOutputStream out, Object value, StringsOut strings) throws IOException {
        if (value == null) {
            out.writeByte(NONE);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            strings.write(out, s);
        } else if (value instanceof Integer i) {
            out.writeByte(INTEGER);
            out.writeInt(i);
        } else if (value instanceof Amount a) {
            out.writeByte(AMOUNT);
            out.writeDouble(a.kroner());
            out.writeBoolean(a.year() != null);
            if (a.year() != null) {
                out.writeInt(a.year());
            }
        } else if (value instanceof DateRange d) {
            out.writeByte(DATE_RANGE);
            CacheFiles.writeDate(out, d.start());
            CacheFiles.writeDate(out, d.end());
            out.writeByte(d.precision().ordinal());
            out.writeBoolean(d.yearInferred());
        } else {
            throw new IllegalArgumentException("no binary form for a value of " + value.getClass());
        }
    }

    private static Object readValue(DataInputStream in, StringsIn strings) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case NONE -> null;
            case STRING -> strings.read(in);
            case INTEGER -> in.readInt();
            case AMOUNT -> {
                double kroner = in.readDouble();
                yield new Amount(kroner, in.readBoolean() ? in.readInt() : null);
            }
            case DATE_RANGE -> {
                LocalDate start = CacheFiles.readDate(in);
                LocalDate end = CacheFiles.readDate(in);
                yield new DateRange(start, end, DateRange.Precision.values()[in.readUnsignedByte()], in.readBoolean());
            }
            default -> throw new IOException("unknown value tag " + tag);
        };
    }
}
