package dk.referatarkiv.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of a chosen sentence answer that the refusal gate of {@link AnswerRanker} weighs: whether to give the
 * answer or say the archive does not answer. They describe the question's best candidate as a whole: the ranker's
 * probability and its log-odds, the margin over the best candidate of another item, how the answer was made (a span
 * of the expected type, the meeting's date, or the sentence itself), whether the answer is the whole sentence (and
 * whether the question asked for a value such as a number, a date or a person, which a whole sentence does not
 * give), and the chosen candidate's own
 * {@link CandidateFeatures} (prefixed {@code c_}). Names are stable: the model file refers to them.
 */
public final class GateFeatures {

    /** How the answer was cut from the chosen candidate. */
    enum Route { SPAN, MEETING_DATE, SENTENCE }

    /** The feature names, in vector order. */
    public static final List<String> NAMES = names();

    private GateFeatures() {
    }

    private static List<String> names() {
        List<String> n = new ArrayList<>(List.of("probability", "log_odds", "margin", "route_meeting_date",
                "route_sentence", "whole_sentence", "whole_sentence_for_value"));
        CandidateFeatures.NAMES.forEach(c -> n.add("c_" + c));
        return List.copyOf(n);
    }

    /**
     * @param wholeSentence the answer is the candidate's whole sentence (no shorter span of the type was found)
     * @param wantsValue    the question asks for a value a span gives (person, date, amount, percent, count, place)
     */
    static double[] of(double[] candidate, double probability, double second, Route route, boolean wholeSentence,
                       boolean wantsValue) {
        double[] f = new double[NAMES.size()];
        double p = Math.min(1 - 1e-6, Math.max(1e-6, probability));
        f[0] = probability;
        f[1] = Math.log(p / (1 - p)) / 10; // about -1.4 .. 1.4
        f[2] = probability - second;
        f[3] = route == Route.MEETING_DATE ? 1 : 0;
        f[4] = route == Route.SENTENCE ? 1 : 0;
        f[5] = wholeSentence ? 1 : 0;
        f[6] = wholeSentence && wantsValue ? 1 : 0;
        System.arraycopy(candidate, 0, f, 7, candidate.length);
        return f;
    }
}
