package dk.referatarkiv.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

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
        if (!index.exists()) {
            return Optional.empty();
        }
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID,
                    ItemDocumentGenerator.documentId(meetingId, item))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document stored = searcher.storedFields().document(top.scoreDocs[0].doc, ONLY_THE_TEXT);
            return Optional.ofNullable(stored.get(Fields.CLOSED_TEXT));
        });
    }
}
