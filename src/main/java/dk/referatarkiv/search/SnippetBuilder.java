package dk.referatarkiv.search;

import dk.referatarkiv.index.Fields;
import dk.referatarkiv.ingest.SectionKind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    record Snippet(String section, String html) {
    }

    private final Analyzer analyzer;

    SnippetBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Snippet> snippets(IndexSearcher searcher, Query query, ScoreDoc[] hits, List<Document> docs) throws IOException {
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
        int[] docIds = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docIds[i] = hits[i].doc;
        }
        int[] passages = new int[SNIPPET_FIELDS.size()];
        Arrays.fill(passages, PASSAGES);
        Map<String, String[]> highlights = highlighter.highlightFields(SNIPPET_FIELDS.toArray(String[]::new), query, docIds, passages);
        List<Snippet> snippets = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            Document doc = docs.get(i);
            snippets.add(best(highlights, i).orElseGet(() -> fallback(doc)));
        }
        return snippets;
    }

    /** The field whose passages hold the most marks; earlier fields win ties. */
    private static Optional<Snippet> best(Map<String, String[]> highlights, int hit) {
        Snippet best = null;
        int bestMarks = 0;
        for (String field : SNIPPET_FIELDS) {
            String html = highlights.get(field)[hit];
            int marks = html == null ? 0 : count(html);
            if (marks > bestMarks) {
                bestMarks = marks;
                best = new Snippet(sectionName(field), html.strip());
            }
        }
        return Optional.ofNullable(best);
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
