package dk.referatarkiv.index;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The texts a snippet is cut from (each section's, the header's), kept again beside their stored fields as one binary
 * doc value per field ({@link Fields#snippetTexts}): a search reads them without decompressing the stored-field block
 * they sit in. A field with several values (two sections of one kind) keeps them all, each with its length, so any
 * character may occur in a text. Stateless.
 */
public final class SnippetTexts {

    private SnippetTexts() {
    }

    /** Adds the values of the stored text field {@code field} to the document as its snippet texts. */
    static void add(Document doc, String field, List<String> values) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(values.size());
            for (String value : values) {
                out.writeString(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        doc.add(new BinaryDocValuesField(Fields.snippetTexts(field), new BytesRef(out.toArrayCopy())));
    }

    /** The values of a text field of a document of a segment, as its stored field holds them; none when it has none. */
    public static String[] read(LeafReader leaf, int doc, String field) throws IOException {
        BinaryDocValues values = leaf.getBinaryDocValues(Fields.snippetTexts(field));
        if (values == null || !values.advanceExact(doc)) {
            return new String[0];
        }
        BytesRef bytes = values.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String[] out = new String[in.readVInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.readString();
        }
        return out;
    }
}
