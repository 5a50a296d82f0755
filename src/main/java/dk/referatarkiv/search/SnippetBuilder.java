package dk.referatarkiv.search;

import dk.referatarkiv.index.Fields;
import dk.referatarkiv.ingest.SectionKind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the snippet of each hit: the passages of the section that matches best, HTML-escaped, with the matched words
 * in {@code <mark>}. Escaping happens before the marks are inserted, so corpus text can never become markup.
 * Thread-safe; one highlighter per search because it is bound to that search's searcher.
 */
final class SnippetBuilder {

    static final String MARK_OPEN = "<mark>";
    private static final int PASSAGES = 2;
    private static final int FALLBACK_CHARS = 220;
    private static final int PASSAGE_CHARS = 200;
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** Snippet fields in order of preference when two match equally well. */
    private static final List<String> SNIPPET_FIELDS = List.of(
            Fields.section(SectionKind.BESLUTNING), Fields.section(SectionKind.INDSTILLING),
            Fields.section(SectionKind.ANLEDNING), Fields.section(SectionKind.SAGSFREMSTILLING),
            Fields.section(SectionKind.OTHER), Fields.HEADER, Fields.section(SectionKind.BILAG));

    /** The stored fields a snippet without a match is cut from. */
    private static final Set<String> FALLBACK_FIELDS = Set.copyOf(SNIPPET_FIELDS);

    record Snippet(String section, String html) {
    }

    private final Analyzer analyzer;

    SnippetBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Snippet> snippets(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                // A quoted phrase matches the exact twin of a field: highlight it in the field's own text.
                .withMaskedFieldsFunc(field -> Set.of(Fields.exact(field)))
                .withMaxLength(50_000)
                // Sentences of minutes run long (bullet lists have no full stops): aim for passages of ~200 chars.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(DANISH), PASSAGE_CHARS, 0.5f))
                .build();
        // Only the section a hit shows is highlighted: the one with the most matches, counted in the postings.
        // Highlighting every snippet field of every hit to pick one read and broke into passages seven texts a hit.
        String[] shown = bestFields(searcher, query, hits);
        Map<String, List<Integer>> hitsOfField = new LinkedHashMap<>();
        for (int i = 0; i < hits.length; i++) {
            if (shown[i] != null) {
                hitsOfField.computeIfAbsent(shown[i], f -> new ArrayList<>()).add(i);
            }
        }
        String[] html = new String[hits.length];
        for (Map.Entry<String, List<Integer>> field : hitsOfField.entrySet()) {
            // the highlighter wants its documents in index order; the hits are in rank order
            List<Integer> ranks = new ArrayList<>(field.getValue());
            ranks.sort(Comparator.comparingInt(i -> hits[i].doc));
            int[] docIds = ranks.stream().mapToInt(i -> hits[i].doc).toArray();
            String[] passages = highlighter.highlightFields(new String[] {field.getKey()}, query, docIds,
                    new int[] {PASSAGES}).get(field.getKey());
            for (int j = 0; j < ranks.size(); j++) {
                html[ranks.get(j)] = passages[j];
            }
        }
        List<Snippet> snippets = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            snippets.add(html[i] != null && count(html[i]) > 0 ? new Snippet(sectionName(shown[i]), html[i].strip())
                    : fallback(searcher.storedFields().document(hits[i].doc, FALLBACK_FIELDS)));
        }
        return snippets;
    }

    /**
     * For each hit, the snippet field with the most matches of the query (in the field or its exact twin); earlier
     * fields win ties; null when no snippet field matches.
     */
    private static String[] bestFields(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] best = new String[hits.length];
        for (int i = 0; i < hits.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            Matches matches = weight.matches(leaf, hits[i].doc - leaf.docBase);
            if (matches == null) {
                continue;
            }
            int most = 0;
            for (String field : SNIPPET_FIELDS) {
                int n = count(matches.getMatches(field)) + count(matches.getMatches(Fields.exact(field)));
                if (n > most) {
                    most = n;
                    best[i] = field;
                }
            }
        }
        return best;
    }

    private static int count(MatchesIterator matches) throws IOException {
        int n = 0;
        while (matches != null && matches.next()) {
            n++;
        }
        return n;
    }

    /** Without a match (a filter-only listing, or a title-only match): the start of the most telling section. */
    private static Snippet fallback(Document doc) {
        for (String field : SNIPPET_FIELDS) {
            String text = doc.get(field);
            if (text != null && !text.isBlank()) {
                String flat = text.replaceAll("\\s+", " ").strip();
                String cut = flat.length() <= FALLBACK_CHARS ? flat : flat.substring(0, cutPoint(flat)) + " …";
                return new Snippet(sectionName(field), Html.escape(cut));
            }
        }
        return new Snippet("", "");
    }

    private static int cutPoint(String text) {
        int space = text.lastIndexOf(' ', FALLBACK_CHARS);
        return space > FALLBACK_CHARS / 2 ? space : FALLBACK_CHARS;
    }

    static String sectionName(String field) {
        if (field.equals(Fields.HEADER)) {
            return "Mødeoplysninger";
        }
        for (SectionKind kind : SectionKind.values()) {
            if (Fields.section(kind).equals(field)) {
                return kind.label();
            }
        }
        return field;
    }

    private static int count(String html) {
        int n = 0;
        for (int at = html.indexOf(MARK_OPEN); at >= 0; at = html.indexOf(MARK_OPEN, at + 1)) {
            n++;
        }
        return n;
    }
}
