package dk.referatarkiv.index;

import dk.referatarkiv.internal.Sha256;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of a meeting's Lucene documents as they would be written: every field's name and value, and the terms
 * of fields whose terms were computed beforehand ({@link IndexTermStream}). Two equal fingerprints mean the meeting's
 * documents in the index need not be written again; the fields' types follow from their names and the schema version,
 * which the index records apart. Made from the documents themselves, not from the files, so that a change another
 * meeting causes (a person resolved otherwise, a party learnt) shows too.
 */
final class DocumentsHash {

    private DocumentsHash() {
    }

    static String of(List<Document> documents) {
        MessageDigest digest = Sha256.newDigest();
        for (Document doc : documents) {
            for (IndexableField field : doc.getFields()) {
                text(digest, field.name());
                if (field.stringValue() != null) {
                    text(digest, "s");
                    text(digest, field.stringValue());
                }
                BytesRef bytes = field.binaryValue();
                if (bytes != null) {
                    text(digest, "b");
                    digest.update(bytes.bytes, bytes.offset, bytes.length);
                }
                if (field.numericValue() != null) {
                    text(digest, "n" + field.numericValue());
                }
                if (field instanceof Field f && f.tokenStreamValue() instanceof IndexTermStream terms) {
                    terms.digest(digest);
                }
            }
            text(digest, "\u0000document");
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
