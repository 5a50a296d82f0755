package dk.referatarkiv.qa;

/**
 * The fitted parameters of the question answerer, so that an evaluation can choose them on development data instead of
 * having them set by hand. Immutable.
 *
 * @param threshold         the question coverage (0–1, a sentence's weighted share of the question's words, relieved
 *                          for a meeting the question names) below which the archive is taken not to answer: lower
 *                          answers more questions, higher says "no answer" more often
 * @param sentenceThreshold the coverage a sentence needs to be the answer itself, when it holds no mention of the kind
 *                          asked (no place for "hvor", no mention headed by the noun of "hvilken …"): such a sentence
 *                          is the question's topic as often as its answer, so it may need more than a sentence that
 *                          answers with a name, date or amount; never below {@code threshold}
 * @param searchedItems     how many of the items the question's words find are read, when the question names
 *                          constraints (municipality, body, date): such a question has many words that match many
 *                          items weakly, so the item that answers can rank well below the first few, while every item
 *                          read is one more chance of a wrong sentence
 */
public record AnswerSettings(double threshold, double sentenceThreshold, int searchedItems) {

    /** The values {@code eval --cv} fitted (see the README's question-answering figures). */
    public static final AnswerSettings DEFAULTS = new AnswerSettings(0.55, 0.55, 20);
    /** The most items a question may read: the answerer's one search fetches this many at most. */
    public static final int MAX_SEARCHED_ITEMS = 50;

    public AnswerSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        if (!(sentenceThreshold >= threshold && sentenceThreshold <= 1)) {
            throw new IllegalArgumentException("sentenceThreshold must be in [threshold, 1], was " + sentenceThreshold);
        }
        if (searchedItems < 1 || searchedItems > MAX_SEARCHED_ITEMS) {
            throw new IllegalArgumentException("searchedItems must be in [1, " + MAX_SEARCHED_ITEMS + "], was "
                    + searchedItems);
        }
    }

    /** These settings with another threshold, the sentence threshold raised to it when it was below. */
    public AnswerSettings withThreshold(double value) {
        return new AnswerSettings(value, Math.max(value, sentenceThreshold), searchedItems);
    }

    /** These settings with another sentence threshold (at least the threshold). */
    public AnswerSettings withSentenceThreshold(double value) {
        return new AnswerSettings(threshold, value, searchedItems);
    }
}
