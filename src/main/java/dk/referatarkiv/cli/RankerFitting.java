package dk.referatarkiv.cli;

import dk.referatarkiv.eval.GroupedCrossValidation;
import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.eval.RankerTraining;
import dk.referatarkiv.qa.AnswerRanker;
import dk.referatarkiv.qa.QuestionAnswerer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shared by {@code eval --cv} and {@code train-qa}: reads real-world question files with their municipalities, fits
 * the answer ranker and threshold on all questions (in-sample), and cross-validates the whole fitted pipeline leaving
 * one municipality out.
 */
final class RankerFitting {

    /** The questions of one or more real-world files and the municipality of each (for the folds). */
    record Questions(List<QaEvaluator.Case> cases, List<String> municipalities, List<Path> sources) {
    }

    /** The in-sample fit and the cross-validated outcomes. */
    record Fitted(AnswerRanker ranker, List<QaEvaluator.Outcome> inSample, GroupedCrossValidation.Result cv,
                  RankerTraining.Rows rows) {
    }

    private RankerFitting() {
    }

    static Questions read(List<Path> files, Path manifest) throws IOException, Args.UsageException {
        if (!Files.isRegularFile(manifest)) {
            throw new Args.UsageException("no " + manifest + " (file, municipality, ...): the questions cannot be "
                    + "grouped by municipality; give --manifest");
        }
        Map<String, String> byFile = GroupedCrossValidation.municipalities(manifest);
        List<QaEvaluator.Case> cases = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (Path f : files) {
            if (QaEvaluator.format(f) != QaEvaluator.Format.REAL_WORLD) {
                throw new Args.UsageException(f + " is not a real-world question file (id, file, question, "
                        + "expected_answer, answer_type, evidence): the folds are grouped by each question's file");
            }
            for (QaEvaluator.Case c : QaEvaluator.read(f)) {
                String municipality = byFile.get(c.file());
                if (municipality == null) {
                    throw new Args.UsageException("question " + c.id() + " of " + f + " is about " + c.file()
                            + ", which " + manifest + " does not list");
                }
                cases.add(c);
                groups.add(municipality);
                sources.add(f);
            }
        }
        return new Questions(cases, groups, sources);
    }

    /** The manifest beside the first question file, unless given. */
    static Path manifest(String given, List<Path> files) {
        return given.isBlank() ? files.get(0).toAbsolutePath().resolveSibling("MANIFEST.tsv") : Path.of(given);
    }

    static Fitted fit(Questions q, QuestionAnswerer answerer, PrintStream out) {
        long start = System.nanoTime();
        RankerTraining.Rows rows = RankerTraining.collect(q.cases(), answerer);
        out.printf(Locale.ROOT, "%n%d candidate sentences of %d questions, %d positive; %d questions have a right "
                        + "candidate (%.1f s)%n", rows.size(), q.cases().size(), rows.positives(), rows.answerable(),
                (System.nanoTime() - start) / 1e9);
        GroupedCrossValidation.Pipeline pipeline = RankerTraining.pipeline(q.cases(), q.municipalities(), answerer, rows);
        RankerTraining.Fitted fittedAll = RankerTraining.fitPipeline(q.cases(), q.municipalities(), answerer, rows, i -> true);
        GroupedCrossValidation.Table all = fittedAll.table();
        double preferred = 0.5;
        int best = GroupedCrossValidation.choose(all, i -> true, preferred);
        double threshold = all.grid().get(best);
        AnswerRanker ranker = fittedAll.ranker().withThreshold(threshold);
        List<QaEvaluator.Outcome> inSample = all.outcomes().get(best);
        GroupedCrossValidation.Result cv = GroupedCrossValidation.leaveOneGroupOut(q.municipalities(), pipeline, preferred);
        out.printf(Locale.ROOT, "ranker and threshold fitted on all %d questions (in-sample): threshold %.2f, answer %.3f, "
                        + "answer+citation %.3f%n", q.cases().size(), threshold, QaEvaluator.answerAccuracy(inSample),
                QaEvaluator.answerAndCitation(inSample));
        out.print(QaEvaluator.table(inSample));
        out.printf(Locale.ROOT, "%ncross-validated, folds grouped by municipality (leave one out, %d folds; ranker and "
                        + "threshold fitted on the other municipalities): answer %.3f, answer+citation %.3f%n",
                cv.folds().size(), QaEvaluator.answerAccuracy(cv.heldOut()), QaEvaluator.answerAndCitation(cv.heldOut()));
        out.print(QaEvaluator.table(cv.heldOut()));
        if (q.sources().stream().distinct().count() > 1) {
            for (Path f : q.sources().stream().distinct().toList()) {
                List<QaEvaluator.Outcome> part = new ArrayList<>();
                List<QaEvaluator.Outcome> partIn = new ArrayList<>();
                for (int i = 0; i < q.cases().size(); i++) {
                    if (q.sources().get(i).equals(f)) {
                        part.add(cv.heldOut().get(i));
                        partIn.add(inSample.get(i));
                    }
                }
                out.printf(Locale.ROOT, "%nthe questions of %s alone (%d): in-sample answer+citation %.3f; "
                                + "cross-validated answer %.3f, answer+citation %.3f%n", f, part.size(),
                        QaEvaluator.answerAndCitation(partIn), QaEvaluator.answerAccuracy(part),
                        QaEvaluator.answerAndCitation(part));
                out.print(QaEvaluator.table(part));
            }
        }
        out.println("threshold chosen per fold (held-out municipality):");
        out.print(GroupedCrossValidation.thresholds(cv.folds()));
        out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
        return new Fitted(ranker, inSample, cv, rows);
    }
}
