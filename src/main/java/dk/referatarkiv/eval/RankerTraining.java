package dk.referatarkiv.eval;

import dk.referatarkiv.qa.Answer;
import dk.referatarkiv.qa.AnswerRanker;
import dk.referatarkiv.qa.CandidateFeatures;
import dk.referatarkiv.qa.LogisticRegression;
import dk.referatarkiv.qa.QuestionAnswerer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Fits the answer ranker and its refusal threshold on real-world questions (one archive), and builds the
 * cross-validation table of the whole fitted pipeline.
 *
 * <p>The training rows are the sentence candidates of every question ({@link QuestionAnswerer#candidates}); a row is
 * positive when the answer that candidate would give is right and the sentence it cites holds at least half of the gold
 * evidence quote (the judges' rule for one cited sentence); every candidate of a NONE question is negative. The
 * threshold is the value of {@link #THRESHOLD_GRID} with the most right-and-cited answers over the training questions,
 * NONE questions included. Between the two, a gate (a second logistic regression over {@code GateFeatures}) learns
 * from the training questions' answers which chosen answers are right; the threshold applies to its probability.
 */
public final class RankerTraining {

    /** The L2 penalty of the logistic regression (not fitted; see models/README.md). */
    public static final double LAMBDA = 1.0;
    /** The refusal thresholds tried: gate probabilities 0.00 to 0.90 in steps of 0.02. */
    public static final List<Double> THRESHOLD_GRID = java.util.stream.IntStream.rangeClosed(0, 45)
            .mapToObj(i -> i * 2 / 100.0).toList();

    /** The candidates of each question as feature rows with labels, in question order. */
    public record Rows(List<List<double[]>> features, List<List<Boolean>> labels) {
        public int positives() {
            return (int) labels.stream().flatMap(List::stream).filter(b -> b).count();
        }

        public int size() {
            return labels.stream().mapToInt(List::size).sum();
        }

        /** Questions with at least one positive candidate (the ranker can at best answer these from sentences). */
        public int answerable() {
            return (int) labels.stream().filter(l -> l.contains(true)).count();
        }
    }

    private RankerTraining() {
    }

    public static Rows collect(List<QaEvaluator.Case> cases, QuestionAnswerer answerer) {
        List<List<double[]>> features = new ArrayList<>();
        List<List<Boolean>> labels = new ArrayList<>();
        for (QaEvaluator.Case c : cases) {
            List<double[]> f = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (QuestionAnswerer.Candidate candidate : answerer.candidates(c.question())) {
                f.add(candidate.features());
                y.add(label(c, candidate));
            }
            features.add(f);
            labels.add(y);
        }
        return new Rows(features, labels);
    }

    /** Right and cited by its own sentence; the answer is built only when the sentence could be the citation. */
    static boolean label(QaEvaluator.Case c, QuestionAnswerer.Candidate candidate) {
        if (c.type().equals("NONE") || c.evidence().isEmpty()) {
            return false;
        }
        // decisions and recommenders may cite another sentence of the item than the candidate
        boolean citesAnother = c.type().equals("DECISION") || c.type().equals("ROLE");
        if (!citesAnother && !QaEvaluator.holdsHalf(candidate.text(), c.evidence())) {
            return false;
        }
        Answer a = candidate.answer().get();
        if (a == null || a.evidence().isEmpty()) {
            return false;
        }
        Answer own = new Answer(a.question(), a.answerType(), a.answer(), a.confidence(), a.evidence().subList(0, 1),
                List.of());
        QaEvaluator.Outcome o = QaEvaluator.judge(c, own);
        return o.answerRight() && o.citationRight();
    }

    /** A ranker fitted on the questions {@code use} admits, with threshold 0 (choose one with {@link #table}). */
    public static AnswerRanker fit(Rows rows, Predicate<Integer> use) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int q = 0; q < rows.features().size(); q++) {
            if (use.test(q)) {
                x.addAll(rows.features().get(q));
                y.addAll(rows.labels().get(q));
            }
        }
        if (x.isEmpty()) {
            x.add(new double[CandidateFeatures.NAMES.size()]);
            y.add(false);
        }
        double[] w = LogisticRegression.fit(x, y, LAMBDA);
        double[] weights = java.util.Arrays.copyOf(w, w.length - 1);
        return new AnswerRanker(weights, w[w.length - 1], 0);
    }

    /** A ranker with its gate fitted on some questions, and every question's outcome at every grid threshold. */
    public record Fitted(AnswerRanker ranker, GroupedCrossValidation.Table table) {
    }

    /**
     * Fits the ranker on the questions {@code training} admits, answers every question under it without refusing,
     * fits the gate on the training questions' answers (label: right and cited), and scores every question at every
     * grid threshold of the gate probability. Only the training questions' labels are read.
     */
    public static Fitted fitPipeline(List<QaEvaluator.Case> cases, List<String> groups, QuestionAnswerer answerer,
                                     Rows rows, Predicate<Integer> training) {
        AnswerRanker ranker = fit(rows, training);
        QuestionAnswerer at = answerer.withSettings(answerer.settings().withRanker(ranker).withThreshold(0));
        List<QuestionAnswerer.Ungated> ungated = cases.stream().map(c -> at.askUngated(c.question())).toList();
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (training.test(i) && ungated.get(i).gateFeatures() != null) {
                QaEvaluator.Outcome o = QaEvaluator.judge(cases.get(i), ungated.get(i).answer());
                x.add(ungated.get(i).gateFeatures());
                y.add(o.answerRight() && o.citationRight());
            }
        }
        AnswerRanker gated = ranker;
        if (!x.isEmpty()) {
            double[] g = LogisticRegression.fit(x, y, LAMBDA);
            gated = ranker.withGate(java.util.Arrays.copyOf(g, g.length - 1), g[g.length - 1]);
        }
        double[] gate = new double[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            double[] f = ungated.get(i).gateFeatures();
            gate[i] = f == null ? Double.NaN : gated.gate(f);
        }
        List<List<QaEvaluator.Outcome>> outcomes = new ArrayList<>();
        for (double t : THRESHOLD_GRID) {
            List<QaEvaluator.Outcome> atT = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Answer a = ungated.get(i).answer();
                boolean refused = !Double.isNaN(gate[i]) && gate[i] < t;
                atT.add(QaEvaluator.judge(cases.get(i), refused ? Answer.none(a.question(), a.related()) : a));
            }
            outcomes.add(atT);
        }
        return new Fitted(gated, new GroupedCrossValidation.Table(THRESHOLD_GRID, groups, outcomes));
    }

    /** The whole pipeline (ranker and threshold) fitted on the questions a fold trains on. */
    public static GroupedCrossValidation.Pipeline pipeline(List<QaEvaluator.Case> cases, List<String> groups,
                                                           QuestionAnswerer answerer, Rows rows) {
        return training -> fitPipeline(cases, groups, answerer, rows, training).table();
    }
}
