package dk.referatarkiv.qa;

/**
 * The fitted parameters of the question answerer, so that an evaluation can choose them on development data instead of
 * having them set by hand. Immutable.
 *
 * @param threshold the question coverage (0–1, a sentence's weighted share of the question's words, relieved for a
 *                  meeting the question names) below which the archive is taken not to answer: lower answers more
 *                  questions, higher says "no answer" more often
 */
public record AnswerSettings(double threshold) {

    /** Today's hand-set value, which {@code eval --cv} measures against choices fitted per fold. */
    public static final AnswerSettings DEFAULTS = new AnswerSettings(0.55);

    public AnswerSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
    }

    public AnswerSettings withThreshold(double value) {
        return new AnswerSettings(value);
    }
}
