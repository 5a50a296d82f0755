package dk.referatarkiv.search;

import dk.referatarkiv.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Mente du …?": for a query that found nothing, the same query with each word the index does not hold replaced by
 * the nearest word it does, by Lucene's {@link DirectSpellChecker} over the exact word forms of all text (so a
 * suggestion is spelt as the minutes spell it, not as a lemma). Everything else in the query (quotes, a minus, other
 * words) is kept as typed. Thread-safe: a spell checker is made per call.
 */
final class SpellingSuggester {

    private static final String FIELD = Fields.exact(Fields.ALL);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");

    /** How far a "Mente du" suggestion may be from the word typed: Lucene's default for a spell checker. */
    private static final int SUGGESTION_EDITS = 2;

    private final Analyzer analyzer;

    SpellingSuggester(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The corrected query, or empty when every word is in the index or no near word is. */
    Optional<String> suggest(IndexReader reader, String query) throws IOException {
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int last = 0;
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            Optional<String> near = nearest(reader, m.group(), SUGGESTION_EDITS);
            if (near.isPresent()) {
                out.append(query, last, m.start()).append(near.get());
                last = m.end();
                changed = true;
            }
        }
        return changed ? Optional.of(out.append(query.substring(last)).toString()) : Optional.empty();
    }

    /** Whether the text of some item holds the word, as written (case aside). */
    boolean holds(IndexReader reader, String word) throws IOException {
        String term = indexed(word);
        return term != null && reader.docFreq(new Term(FIELD, term)) > 0;
    }

    /**
     * The word of the items' text nearest to {@code word} within {@code maxEdits} (1 or 2) insertions, deletions,
     * substitutions or transpositions, with the same first letter, spelt as the text spells it (lower case); empty
     * when the text holds the word itself or no near word.
     */
    Optional<String> nearest(IndexReader reader, String word, int maxEdits) throws IOException {
        String term = indexed(word);
        if (term == null || reader.docFreq(new Term(FIELD, term)) > 0) {
            return Optional.empty();
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        SuggestWord[] near = checker.suggestSimilar(new Term(FIELD, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return near.length == 0 ? Optional.empty() : Optional.of(near[0].string);
    }

    /** The word as the exact field indexes it (lower-cased), or null when it is not a single term. */
    private String indexed(String word) throws IOException {
        try (TokenStream tokens = analyzer.tokenStream(FIELD, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            boolean more = tokens.incrementToken();
            tokens.end();
            return more ? null : first;
        }
    }
}
