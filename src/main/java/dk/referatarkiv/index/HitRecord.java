package dk.referatarkiv.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What a search hit shows of its document, kept beside it as one binary doc value ({@link Fields#HIT}) with the texts
 * its snippet is cut from ({@link Fields#values}), so that a search reads no stored fields: stored fields are
 * compressed in blocks of documents, and decompressing one to show a title was a fifth of a search. Doc values are
 * read without decompression. The stored fields stay for the item pages.
 *
 * @param dateIso the meeting's date (ISO), or null when it is unknown
 * @param title   the item's title; empty for a header (item 0)
 * @param journal the item's journal number as written, or null
 */
public record HitRecord(String meetingId, String dateIso, String body, int item, String title, String journal) {

    /** Between the values of a text field that has several (two sections of one kind), in {@link Fields#values}. */
    public static final char VALUE_SEPARATOR = '\u0000';

    BytesRef encode() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(meetingId);
            writeOptional(out, dateIso);
            out.writeString(body);
            out.writeVInt(item);
            out.writeString(title);
            writeOptional(out, journal);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return new BytesRef(out.toArrayCopy());
    }

    static HitRecord decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        return new HitRecord(in.readString(), readOptional(in), in.readString(), in.readVInt(), in.readString(),
                readOptional(in));
    }

    /** The hit record of a document of a segment; empty for a document without one (an index of another schema). */
    public static Optional<HitRecord> read(LeafReader leaf, int doc) throws IOException {
        BinaryDocValues values = leaf.getBinaryDocValues(Fields.HIT);
        return values != null && values.advanceExact(doc) ? Optional.of(decode(values.binaryValue())) : Optional.empty();
    }

    /** The values of a text field of a document of a segment, as its stored field holds them; none when it has none. */
    public static String[] textValues(LeafReader leaf, int doc, String field) throws IOException {
        BinaryDocValues values = leaf.getBinaryDocValues(Fields.values(field));
        if (values == null || !values.advanceExact(doc)) {
            return new String[0];
        }
        return values.binaryValue().utf8ToString().split(String.valueOf(VALUE_SEPARATOR), -1);
    }

    private static void writeOptional(ByteBuffersDataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readOptional(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
