package dk.referatarkiv.search;

import dk.referatarkiv.index.Fields;
import dk.referatarkiv.ingest.SectionKind;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the snippet of each hit: up to two passages of the section that matches best, HTML-escaped, with the matched
 * words in {@code <mark>}. The matches come from the postings ({@link Weight#matches}, offsets indexed with the
 * positions), found once per hit to choose the section and used again to place the marks and the passages, so a
 * hit's one section is read once (from its doc value, {@link TextValues}) and no text is analysed again. Escaping
 * happens around the marks, so corpus text can never become markup. Stateless and thread-safe.
 */
final class SnippetBuilder {

    static final String MARK_OPEN = "<mark>";
    private static final String MARK_CLOSE = "</mark>";
    private static final String ELLIPSIS = "…";
    private static final int PASSAGES = 2;
    private static final int FALLBACK_CHARS = 220;
    /** The length a passage aims at; a passage holding several matches may be longer. */
    private static final int PASSAGE_CHARS = 200;
    /** How far before its first match a passage looks for the start of the sentence, and after its last for the end. */
    private static final int SENTENCE_REACH = 100;
    /** Snippet fields in order of preference when two match equally well. */
    private static final List<String> SNIPPET_FIELDS = List.of(
            Fields.section(SectionKind.BESLUTNING), Fields.section(SectionKind.INDSTILLING),
            Fields.section(SectionKind.ANLEDNING), Fields.section(SectionKind.SAGSFREMSTILLING),
            Fields.section(SectionKind.OTHER), Fields.HEADER, Fields.section(SectionKind.BILAG));

    record Snippet(String section, String html) {
    }

    /** A hit's values of a text field, as its stored field holds them ({@link dk.referatarkiv.index.SnippetTexts}). */
    @FunctionalInterface
    interface TextValues {
        String[] of(String field) throws IOException;
    }

    private SnippetBuilder() {
    }

    /**
     * Where a hit matches: the snippet field with the most matches of the query (in the field or its exact twin;
     * earlier fields win ties), null when no snippet field matches, and the matches' character spans in its text.
     */
    record Located(String field, List<int[]> spans) {
    }

    /** Where each hit matches, in the order of {@code hits}. */
    static Located[] locate(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Located[] located = new Located[hits.length];
        for (int i = 0; i < hits.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            Matches matches = weight.matches(leaf, hits[i].doc - leaf.docBase);
            located[i] = matches == null ? new Located(null, List.of()) : best(matches);
        }
        return located;
    }

    private static Located best(Matches matches) throws IOException {
        String field = null;
        List<int[]> spans = List.of();
        int most = 0;
        for (String candidate : SNIPPET_FIELDS) {
            List<int[]> found = new ArrayList<>();
            int n = collect(matches.getMatches(candidate), found) + collect(matches.getMatches(Fields.exact(candidate)), found);
            if (n > most) {
                most = n;
                field = candidate;
                spans = found;
            }
        }
        return new Located(field, spans);
    }

    /**
     * Adds the character span of each match and counts them; a match without offsets cannot be marked and does not
     * count (every snippet field indexes its offsets, so none should lack them).
     */
    private static int collect(MatchesIterator matches, List<int[]> spans) throws IOException {
        int n = 0;
        while (matches != null && matches.next()) {
            if (matches.startOffset() >= 0 && matches.endOffset() > matches.startOffset()) {
                spans.add(new int[] {matches.startOffset(), matches.endOffset()});
                n++;
            }
        }
        return n;
    }

    /** The snippet of a hit: the passages of its located field, else the start of its most telling section. */
    static Snippet snippet(TextValues doc, Located located) throws IOException {
        String text = located.field() == null ? null : text(doc, located.field());
        if (text != null && !located.spans().isEmpty()) {
            String html = passages(text, merged(located.spans(), text.length()));
            if (!html.isEmpty()) {
                return new Snippet(sectionName(located.field()), html);
            }
        }
        return fallback(doc);
    }

    /**
     * The field's text as its offsets count it: an item with two sections of one kind (two unknown headings, two
     * decisions) has two values, and the offsets of the second go on after the first's end and the analyzer's offset gap of one.
     */
    private static String text(TextValues doc, String field) throws IOException {
        String[] values = doc.of(field);
        return values.length == 0 ? null : values.length == 1 ? values[0] : String.join(" ", values);
    }

    /** The spans in text order, overlapping ones (a word matched as itself and by its lemma) made one. */
    static List<int[]> merged(List<int[]> spans, int length) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] span : spans) {
            if (span[0] < length) {
                sorted.add(new int[] {span[0], Math.min(span[1], length)});
            }
        }
        sorted.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] span : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * Up to {@link #PASSAGES} passages, in text order: the runs of matches that fit in a passage's length, those with
     * the most different matched words first (then the most matches, then the earliest), each widened to the
     * sentence around it when the sentence is near, else to whole words.
     */
    static String passages(String text, List<int[]> spans) {
        List<List<int[]>> runs = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        for (int[] span : spans) {
            if (!run.isEmpty() && span[1] - run.get(0)[0] > PASSAGE_CHARS) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(span);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        List<Integer> order = new ArrayList<>();
        int[] words = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            order.add(i);
            words[i] = distinctWords(text, runs.get(i));
        }
        order.sort(Comparator.comparingInt((Integer i) -> -words[i])
                .thenComparingInt(i -> -runs.get(i).size()).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>(order.subList(0, Math.min(PASSAGES, order.size())));
        chosen.sort(Comparator.naturalOrder());
        // each chosen run widened to its passage; passages that meet, or that only white space parts, become one
        List<int[]> windows = new ArrayList<>();
        for (int i : chosen) {
            List<int[]> marks = runs.get(i);
            int start = passageStart(text, marks.get(0)[0]);
            int end = passageEnd(text, start, marks.get(marks.size() - 1)[1]);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && (start <= last[1] || isBlank(text, last[1], start))) {
                last[1] = Math.max(last[1], end);
            } else {
                windows.add(new int[] {start, end});
            }
        }
        StringBuilder html = new StringBuilder();
        int shown = 0; // the end of the text shown so far: a match running past a passage's end is not shown twice
        int next = 0; // the first span not yet shown: every match inside a passage is marked, not only its run's
        for (int[] window : windows) {
            if (window[1] <= shown) {
                continue;
            }
            int at = Math.max(window[0], shown);
            if (!html.isEmpty()) {
                html.append(' '); // after the " …" that ended the passage before
            } else if (!isBlank(text, 0, at)) {
                html.append(ELLIPSIS).append(' ');
            }
            while (next < spans.size() && spans.get(next)[1] <= at) {
                next++;
            }
            for (; next < spans.size() && spans.get(next)[0] < window[1]; next++) {
                int[] mark = spans.get(next);
                int from = Math.max(mark[0], at);
                html.append(Html.escape(text.substring(at, from))).append(MARK_OPEN)
                        .append(Html.escape(text.substring(from, mark[1]))).append(MARK_CLOSE);
                at = mark[1];
            }
            shown = Math.max(at, window[1]);
            html.append(Html.escape(text.substring(at, shown)));
            if (!isBlank(text, shown, text.length())) {
                html.append(' ').append(ELLIPSIS);
            }
        }
        return html.toString().strip();
    }

    /** Whether the text holds only white space from {@code from} to {@code to}, without copying it (sections run long). */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int distinctWords(String text, List<int[]> marks) {
        Set<String> words = new HashSet<>();
        for (int[] mark : marks) {
            words.add(text.substring(mark[0], mark[1]).toLowerCase(Locale.ROOT));
        }
        return words.size();
    }

    /**
     * Where a passage whose first match starts at {@code match} begins: the start of its sentence ({@link #endsSentence})
     * or line when that is near, else the start of a word a little before the match.
     */
    private static int passageStart(String text, int match) {
        int reach = Math.max(0, match - SENTENCE_REACH);
        for (int i = match - 1; i >= reach; i--) {
            if (text.charAt(i) == '\n' || endsSentence(text, i - 1)) {
                return i + 1;
            }
        }
        if (reach == 0) {
            return 0;
        }
        int cut = Math.max(0, match - (PASSAGE_CHARS - SENTENCE_REACH) / 2);
        while (cut < match && !Character.isWhitespace(text.charAt(cut))) {
            cut++;
        }
        return Math.min(cut + 1, match);
    }

    /**
     * Where a passage that begins at {@code start} and whose last match ends at {@code matchEnd} ends: the first end of
     * a sentence or line after the match once the passage has half its length, when that is near, else the end of a
     * word about a passage's length from the start (never inside a match).
     */
    private static int passageEnd(String text, int start, int matchEnd) {
        int goal = Math.max(matchEnd, start + PASSAGE_CHARS);
        int reach = Math.min(text.length(), Math.max(matchEnd + SENTENCE_REACH, goal));
        for (int i = matchEnd; i < reach; i++) {
            char c = text.charAt(i);
            if ((c == '\n' || endsSentence(text, i)) && i - start >= PASSAGE_CHARS / 2) {
                return c == '\n' ? i : i + 1;
            }
        }
        if (reach == text.length()) {
            return text.length();
        }
        int cut = Math.min(text.length(), goal);
        while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
            cut++;
        }
        return cut;
    }

    /**
     * Whether a sentence ends at {@code i}: a full stop, question or exclamation mark before a space and a word that is
     * not lower-case, or at the end of the text. "2,4 mio. i underskud" and "bl.a. at svømme" go on.
     */
    private static boolean endsSentence(String text, int i) {
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c != '.' && c != '?' && c != '!') {
            return false;
        }
        int next = i + 1;
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next == text.length() || !Character.isLowerCase(text.charAt(next));
    }

    /** Without a match (a filter-only listing, or a title-only match): the start of the most telling section. */
    private static Snippet fallback(TextValues doc) throws IOException {
        for (String field : SNIPPET_FIELDS) {
            String[] values = doc.of(field);
            String text = values.length == 0 ? null : values[0];
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
}
