package dk.referatarkiv.index;

import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.MinutesLexicon.Party;
import dk.referatarkiv.internal.Sha256;

import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;

/**
 * A fingerprint of everything a meeting's Lucene documents are made from, so that an update can pass over a meeting
 * without making its documents: the meeting as parsed (every field of the record, texts included), the key of the
 * annotations (the models and the pipeline code that annotated its texts: the same texts under the same key are
 * annotated alike), the schema version, and per document what the rest of the archive decides — every resolved
 * entity mention and the budget years (what its search fields and its stored sentences, {@link SentencePreparation},
 * are made of), its persons' parties
 * ({@link ItemParties#affiliated}; the parties its text names follow from the text) and a closed item's text.
 * Cheaper than the documents by far: no term is made. Equal fingerprints mean equal documents as long as the code
 * that makes documents is unchanged; a change there bumps {@link Fields#SCHEMA_VERSION}, which is part of the
 * fingerprint.
 * Not thread-safe; one instance per meeting.
 */
final class MeetingInputs {

    private final MessageDigest digest = Sha256.newDigest();

    MeetingInputs(String schema, String annotationsKey, Meeting meeting) {
        DocumentsHash.text(digest, schema);
        DocumentsHash.text(digest, annotationsKey);
        // A record's toString names every component, recursively through the records and lists a meeting is made of.
        DocumentsHash.text(digest, meeting.toString());
    }

    /** Adds one document's archive-dependent inputs, in the order the documents are made. */
    MeetingInputs document(ItemEntities entities, Collection<Party> affiliated, String closedText) {
        DocumentsHash.text(digest, "\u0000document");
        // Every resolved mention (type, offsets, value, label), which the stored sentences hold and from which the
        // search fields take their distinct values; and the budget years, in order (a set's order changes between
        // JVMs).
        if (entities == null) {
            DocumentsHash.text(digest, "\u0000none");
        } else {
            entities.entities().forEach(e -> DocumentsHash.text(digest, e.toString()));
            DocumentsHash.text(digest, "\u0000budget");
            ItemDocumentGenerator.sorted(entities.budgetYears()).forEach(y -> DocumentsHash.text(digest, String.valueOf(y)));
        }
        for (Party party : affiliated) {
            DocumentsHash.text(digest, party.label());
        }
        DocumentsHash.text(digest, closedText);
        return this;
    }

    String fingerprint() {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
