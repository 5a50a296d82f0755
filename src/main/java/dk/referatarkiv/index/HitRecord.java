package dk.referatarkiv.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a search hit shows of its document, kept beside it as one binary doc value ({@link Fields#HIT}), as the texts
 * its snippet is cut from are ({@link SnippetTexts}), so that a search reads no stored field: stored fields are
 * compressed in blocks of documents, and decompressing one to show a title was a fifth of a search. Doc values are
 * read without decompression. The stored fields stay for what reads a whole document (the item API's closed text,
 * similar items' MoreLikeThis). Immutable.
 *
 * @param dateIso the meeting's date (ISO), or null when it is unknown
 * @param title   the item's title; empty for a header (item 0)
 * @param journal the item's journal number as written, or null
 */
public record HitRecord(String meetingId, String dateIso, String body, int item, String title, String journal) {

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

    /**
     * The hit record of document {@code doc} of the reader. Every document of an index of this schema has one (an
     * index of an older schema is rebuilt before it is searched).
     */
    public static HitRecord read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return read(leaf.reader(), doc - leaf.docBase);
    }

    /** The hit record of document {@code doc} of a segment (its number inside the segment). */
    public static HitRecord read(LeafReader leaf, int doc) throws IOException {
        BinaryDocValues values = leaf.getBinaryDocValues(Fields.HIT);
        if (values == null || !values.advanceExact(doc)) {
            throw new IllegalStateException("document " + doc + " of a segment has no hit record");
        }
        return decode(values.binaryValue());
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
