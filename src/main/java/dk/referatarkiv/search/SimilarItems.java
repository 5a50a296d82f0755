package dk.referatarkiv.search;

import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.Fields;
import dk.referatarkiv.index.HitRecord;
import dk.referatarkiv.index.ItemDocumentGenerator;
import dk.referatarkiv.ingest.SectionKind;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Precedents of an item: the items with the same journal number in other meetings, then Lucene's MoreLikeThis over its
 * decision and case text. Thread-safe.
 */
public final class SimilarItems {

    /** The two lists. */
    public record Result(List<SearchHit> sameJournal, List<SearchHit> similar) {
    }

    private static final String[] MLT_FIELDS = {Fields.TITLE, Fields.section(SectionKind.BESLUTNING),
            Fields.section(SectionKind.SAGSFREMSTILLING), Fields.section(SectionKind.ANLEDNING)};

    private final ArchiveIndex index;

    public SimilarItems(ArchiveIndex index) {
        this.index = index;
    }

    /** Empty when the item is not in the index. */
    public Optional<Result> of(String meetingId, int item, int size) throws IOException {
        String id = ItemDocumentGenerator.documentId(meetingId, item);
        return index.withSearcher(searcher -> {
            TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = self.scoreDocs[0].doc;
            List<SearchHit> sameJournal = new ArrayList<>();
            String journal = HitRecord.read(searcher.getIndexReader(), doc).journal();
            if (journal != null) {
                sameJournal = hits(searcher, without(new TermQuery(new Term(Fields.JOURNAL, journal)), id), size);
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(index.analyzer());
            mlt.setFieldNames(MLT_FIELDS);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            Query like = mlt.like(doc);
            List<SearchHit> similar = hits(searcher, without(like, id), size).stream()
                    .filter(h -> h.item() > 0).toList();
            return Optional.of(new Result(sameJournal, similar));
        });
    }

    private static Query without(Query query, String id) {
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT).build();
    }

    /**
     * The best hits, equal scores (every item of one journal number) newest first: by document number they would come
     * in whatever order the index's segments were merged.
     */
    private static List<SearchHit> hits(IndexSearcher searcher, Query query, int size) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        Sort sort = ArchiveSearcher.BY_RELEVANCE;
        for (ScoreDoc sd : searcher.search(query, size, sort, false).scoreDocs) {
            hits.add(ArchiveSearcher.hit(HitRecord.read(searcher.getIndexReader(), sd.doc),
                    new SnippetBuilder.Snippet("", ""), ArchiveSearcher.score(sd, sort)));
        }
        return hits;
    }
}
