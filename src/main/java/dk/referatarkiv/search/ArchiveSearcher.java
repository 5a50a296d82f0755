package dk.referatarkiv.search;

import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.index.Fields;
import dk.referatarkiv.index.HitRecord;
import dk.referatarkiv.index.ItemDocumentGenerator;
import dk.referatarkiv.index.SnippetTexts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs searches against the archive index: ranked (BM25) or by date, filtered, paged and highlighted. Thread-safe.
 */
public final class ArchiveSearcher {

    private static final SortField NEWEST = newestFirst();
    private static final SortField MEETING = new SortField(Fields.MEETING_ID, SortField.Type.STRING);
    private static final SortField ITEM = new SortField(Fields.ITEM, SortField.Type.INT);
    /** Best first; equal scores newest first, then by meeting and item, so that no order depends on the segments. */
    static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST, MEETING, ITEM);
    private static final Sort BY_DATE = new Sort(NEWEST, MEETING, ITEM);

    /** Newest first; items of undated meetings, which have no date value, last. */
    private static SortField newestFirst() {
        SortField newest = new SortField(Fields.DATE, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        return newest;
    }

    private final ArchiveIndex index;
    private final UserQueryParser parser = new UserQueryParser();
    private final ArchiveQueryBuilder queries;

    private final FacetCounter facets;
    private final SpellingSuggester spelling;

    /** A searcher whose facet labels are the values themselves. */
    public ArchiveSearcher(ArchiveIndex index) {
        this(index, (dim, value) -> value);
    }

    /** @param labels (facet dimension, value) → the label a person reads, e.g. a person id → the name */
    public ArchiveSearcher(ArchiveIndex index, java.util.function.BiFunction<String, String, String> labels) {
        this.index = index;
        this.queries = new ArchiveQueryBuilder(index.analyzer());
        this.facets = new FacetCounter(labels);
        this.spelling = new SpellingSuggester(index.analyzer());
    }

    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        Optional<Query> query = queries.build(parser.parse(request.text()), request);
        if (query.isEmpty()) {
            return new SearchResult(0, elapsedMs(start), request.page(), request.size(), List.of(), Map.of());
        }
        return index.withSearcher(searcher -> run(searcher, query.get(), request, start));
    }

    /**
     * The hits of the request's page without snippets, facets or total: for callers that only need which items match
     * (question answering reads the items itself).
     */
    public List<SearchHit> find(SearchRequest request) throws IOException {
        Optional<Query> query = queries.build(parser.parse(request.text()), request);
        if (query.isEmpty()) {
            return List.of();
        }
        return index.withSearcher(searcher -> {
            Sort sort = request.sort() == SortOrder.DATE ? BY_DATE : BY_RELEVANCE;
            TopDocs top = searcher.search(query.get(), request.page() * request.size(), sort,
                    computeScoresAfter(sort));
            List<SearchHit> hits = new ArrayList<>();
            for (int i = (request.page() - 1) * request.size(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                hits.add(hit(HitRecord.read(searcher.getIndexReader(), hit.doc), new SnippetBuilder.Snippet("", ""),
                        score(hit, sort)));
            }
            return hits;
        });
    }

    /** Whether the text of some item holds the word as written (case aside): for correcting a question's spelling. */
    public boolean holdsWord(String word) throws IOException {
        return index.withSearcher(searcher -> spelling.holds(searcher.getIndexReader(), word));
    }

    /**
     * The word of the items' text nearest to one it does not hold, within {@code maxEdits} (1 or 2) edits and with the
     * same first letter, in lower case; empty when the text holds the word or no near word.
     */
    public Optional<String> nearestWord(String word, int maxEdits) throws IOException {
        return index.withSearcher(searcher -> spelling.nearest(searcher.getIndexReader(), word, maxEdits));
    }

    /** Receives the hits of an export: first the total, then each hit in order. */
    public interface HitStream {
        /** @param total every match of the search; {@code exported} of them follow */
        void start(long total, int exported) throws IOException;

        void hit(SearchHit hit) throws IOException;
    }

    /**
     * Every hit of the request (its page and size are ignored) in its sort order, at most {@code limit}, without
     * snippets or facets, handed to {@code out} while one searcher is held, so an export reads one version of the
     * index. Only the top {@code limit} document ids are kept in memory; each hit is read as it is sent.
     *
     * @return the number of matches, which may exceed the number exported
     */
    public long export(SearchRequest request, int limit, HitStream out) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Optional<Query> query = queries.build(parser.parse(request.text()), request);
        if (query.isEmpty()) {
            out.start(0, 0);
            return 0;
        }
        return index.withSearcher(searcher -> {
            Sort sort = request.sort() == SortOrder.DATE ? BY_DATE : BY_RELEVANCE;
            TopDocs top = searcher.search(query.get(), limit, sort, computeScoresAfter(sort));
            long total = searcher.count(query.get());
            out.start(total, top.scoreDocs.length);
            SnippetBuilder.Snippet none = new SnippetBuilder.Snippet("", "");
            for (ScoreDoc hit : top.scoreDocs) {
                out.hit(hit(HitRecord.read(searcher.getIndexReader(), hit.doc), none, score(hit, sort)));
            }
            return total;
        });
    }

    private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request, long start) throws IOException {
        int window = request.page() * request.size();
        Sort sort = request.sort() == SortOrder.DATE ? BY_DATE : BY_RELEVANCE;
        // One pass over the matches gives the top hits, the facet counts and the exact total (the facet collector
        // sees every match), instead of a search, a count and a facet search.
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, window, sort,
                computeScoresAfter(sort), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        int total = result.facetsCollector().getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
        int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        // What a hit shows and its snippet's section come from doc values: a stored field would decompress its block.
        SnippetBuilder.Located[] located = SnippetBuilder.locate(searcher, query, page);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
            int doc = page[i].doc - leaf.docBase;
            SnippetBuilder.Snippet snippet = SnippetBuilder.snippet(
                    field -> SnippetTexts.read(leaf.reader(), doc, field), located[i]);
            hits.add(hit(HitRecord.read(leaf.reader(), doc), snippet, score(page[i], sort)));
        }
        String suggestion = total == 0 && !request.text().isEmpty()
                ? spelling.suggest(searcher.getIndexReader(), request.text()).orElse(null) : null;
        return new SearchResult(total, elapsedMs(start), request.page(), request.size(), hits,
                facets.count(searcher.getIndexReader(), result.facetsCollector()), suggestion);
    }

    /**
     * Whether the hits' scores must be computed after a search with this sort. When the sort's first value is the
     * score, the hits have theirs ({@link #score}); asking Lucene for scores anyway makes it build the query's weight
     * a second time and score the top hits again (a fifth of a question's searching at 10^5 items).
     */
    private static boolean computeScoresAfter(Sort sort) {
        return !sortsByScoreFirst(sort);
    }

    private static boolean sortsByScoreFirst(Sort sort) {
        return sort.getSort()[0].getType() == SortField.Type.SCORE;
    }

    /** A hit's score: computed after the search, or its first sort value when that is the score. */
    static float score(ScoreDoc hit, Sort sort) {
        return sortsByScoreFirst(sort) && hit instanceof FieldDoc sorted ? (Float) sorted.fields[0] : hit.score;
    }

    static SearchHit hit(HitRecord record, SnippetBuilder.Snippet snippet, float score) {
        String title = record.item() == 0 ? ItemDocumentGenerator.HEADER_TITLE : record.title();
        return new SearchHit(record.meetingId(), record.dateIso(), record.body(), record.item(), title,
                record.journal(), snippet.section(), snippet.html(), Float.isNaN(score) ? 0f : score);
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
