package dk.referatarkiv.index;

import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a closed item's withheld text from its stored-only field ({@link Fields#CLOSED_TEXT}): the one way back to
 * that text, for the item API to serve to a holder of the closed-items token. Thread-safe.
 */
public final class ClosedTextReader {

    private static final Set<String> ONLY_THE_TEXT = Set.of(Fields.CLOSED_TEXT);

    private final ArchiveIndex index;

    public ClosedTextReader(ArchiveIndex index) {
        this.index = index;
    }

    /** The withheld text of the item, when it is a closed item whose file held text; empty otherwise. */
    public Optional<String> text(String meetingId, int item) throws IOException {
        return index.stored(new Term(Fields.ID, ItemDocumentGenerator.documentId(meetingId, item)), ONLY_THE_TEXT)
                .map(stored -> stored.get(Fields.CLOSED_TEXT));
    }
}
