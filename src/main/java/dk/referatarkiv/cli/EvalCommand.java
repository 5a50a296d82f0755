package dk.referatarkiv.cli;

import dk.referatarkiv.eval.GroupedCrossValidation;
import dk.referatarkiv.eval.QaEvaluator;
import dk.referatarkiv.internal.DirectoryTrees;
import dk.referatarkiv.qa.Answer;
import dk.referatarkiv.qa.AnswerSettings;
import dk.referatarkiv.qa.QuestionAnswerer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval FILE.tsv [FILE.tsv …] [--corpus DIR] [--index DIR] [--cv] [--manifest FILE] [--verbose]}: every question
 * of one or more question sets of one format (development or real-world) through the code path of /api/ask, over the
 * archive of {@code --corpus}; accuracy by type and NONE precision, over all sets and, with more than one, per set;
 * with {@code --verbose} a verdict per question. The index is built in a temporary directory unless {@code --index}
 * names one, so evaluating another corpus never replaces the index {@code serve} uses.
 *
 * <p>Several sets are asked of the one archive as one set: the real-world gold and our own unanswerable questions over
 * the same minutes (the gold has too few of those to fit a threshold that must also say "no answer").
 *
 * <p>With {@code --cv} (real-world format; {@code --manifest}, by default {@code MANIFEST.tsv} beside the first
 * question file) the answer threshold is also fitted: every question is answered at each value of
 * {@link #GRID} over the one opened archive, and {@link GroupedCrossValidation} chooses the point per
 * held-out municipality from the other municipalities' questions of all sets.
 */
public final class EvalCommand implements Command {

    private static final Args.Option INDEX = Args.Option.value("index", "",
            "directory of the Lucene index (default: a temporary directory, removed afterwards)");
    private static final Args.Option CV = Args.Option.flag("cv",
            "also fit the answer thresholds and print their cross-validated score, leaving one municipality out at a time "
                    + "(real-world format; needs a manifest, see --manifest)");
    private static final Args.Option MANIFEST = Args.Option.value("manifest", "",
            "--cv: the manifest (file, municipality, ...) that groups the questions' files by municipality (default: "
                    + "MANIFEST.tsv beside the first question file)");
    /**
     * The points {@code --cv} tries: the answer threshold from 0.20 to 0.70 in steps of 0.05, each with the threshold
     * of a whole sentence as the answer at 0, 0.10, 0.20 and 0.30 above it, and each with 15 or 20 items read for a
     * question that names constraints (the defaults among them).
     */
    static final List<AnswerSettings> GRID = grid();

    private static List<AnswerSettings> grid() {
        List<AnswerSettings> grid = new ArrayList<>();
        for (int searched : new int[]{15, 20}) {
            for (int t = 4; t <= 14; t++) {
                for (int extra = 0; extra <= 3; extra++) {
                    grid.add(new AnswerSettings(t * 5 / 100.0, (t * 5 + extra * 10) / 100.0, searched));
                }
            }
        }
        return List.copyOf(grid);
    }
    private static final Args.Option THRESHOLD = Args.Option.value("threshold", "",
            "answer at these thresholds instead of the shipped ones: the answer threshold, optionally followed by a slash "
                    + "and the threshold of a whole sentence as the answer (e.g. 0.35 or 0.30/0.40)");
    private static final Args.Option VERBOSE = Args.Option.flag("verbose",
            "print a verdict per question: expected and given answer, the first evidence");

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "answer a question set (TSV, development or real-world format) as /api/ask does and print accuracy by type";
    }

    @Override
    public String positionalUsage() {
        return "FILE.tsv [FILE.tsv ...]";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.CORPUS, INDEX, CommonOptions.MODELS, THRESHOLD, CV, MANIFEST, VERBOSE);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().isEmpty()) {
            throw new Args.UsageException("give a question file, e.g. eval ../shared/eval/dev-questions.tsv");
        }
        List<QuestionSet> sets = new ArrayList<>();
        for (String positional : args.positionals()) {
            sets.add(QuestionSet.read(Path.of(positional)));
        }
        if (sets.stream().map(QuestionSet::format).distinct().count() > 1) {
            throw new Args.UsageException("the question files mix the development and the real-world format; give "
                    + "files of one format");
        }
        if (!Files.isDirectory(args.path(CommonOptions.CORPUS.name()))) {
            throw new Args.UsageException("--corpus: no such directory " + args.path(CommonOptions.CORPUS.name()).toAbsolutePath());
        }
        List<QaEvaluator.Case> cases = sets.stream().flatMap(set -> set.cases().stream()).toList();
        List<String> municipalities = args.flag(CV.name()) ? municipalities(sets, args.get(MANIFEST.name())) : null;
        AnswerSettings settings = args.get(THRESHOLD.name()).isBlank() ? null : thresholds(args);
        boolean temporary = args.get(INDEX.name()).isBlank();
        Path index = temporary ? Files.createTempDirectory("referatarkiv-qa-eval") : args.path(INDEX.name());
        try (OpenArchive archive = OpenArchive.open(new OpenArchive.Locations(args.path(CommonOptions.CORPUS.name()),
                index, args.path(CommonOptions.MODELS.name())), false, System.err)) {
            QuestionAnswerer answerer = settings == null ? archive.answerer() : archive.answerer().withSettings(settings);
            List<QaEvaluator.Outcome> outcomes = QaEvaluator.evaluate(cases, answerer::ask);
            if (args.flag(VERBOSE.name())) {
                outcomes.forEach(o -> print(o, out));
            }
            out.printf("%d questions (%s format) over %d meetings, %d items of %s%n", cases.size(),
                    sets.get(0).format() == QaEvaluator.Format.REAL_WORLD ? "real-world" : "development",
                    archive.corpus().meetings().size(), archive.corpus().itemCount(),
                    args.path(CommonOptions.CORPUS.name()));
            printTables(outcomes, sets, out);
            if (municipalities != null) {
                crossValidate(cases, municipalities, answerer, outcomes, sets, out);
            }
            return Cli.OK;
        } finally {
            if (temporary) {
                deleteTree(index);
            }
        }
    }

    private static List<Double> point(AnswerSettings settings) {
        return List.of(settings.threshold(), settings.sentenceThreshold(), (double) settings.searchedItems());
    }

    private static AnswerSettings thresholds(Args args) throws Args.UsageException {
        String[] values = args.get(THRESHOLD.name()).split("/", -1);
        try {
            double threshold = Double.parseDouble(values[0].strip());
            if (values.length == 1) {
                return AnswerSettings.DEFAULTS.withThreshold(threshold).withSentenceThreshold(threshold);
            }
            if (values.length == 2) {
                return new AnswerSettings(threshold, Double.parseDouble(values[1].strip()),
                        AnswerSettings.DEFAULTS.searchedItems());
            }
        } catch (IllegalArgumentException e) { // also a NumberFormatException
            // said below
        }
        throw new Args.UsageException("--threshold: give a number above 0 and at most 1, optionally followed by /, "
                + "and a second one no lower than the first, e.g. 0.35 or 0.30/0.40; was " + args.get(THRESHOLD.name()));
    }

    /** The questions of one file, and the file's format. */
    record QuestionSet(Path file, QaEvaluator.Format format, List<QaEvaluator.Case> cases) {
        static QuestionSet read(Path file) throws IOException, Args.UsageException {
            if (!Files.isRegularFile(file)) {
                throw new Args.UsageException("no such question file " + file.toAbsolutePath());
            }
            return new QuestionSet(file, QaEvaluator.format(file), QaEvaluator.read(file));
        }
    }

    /** The table over all questions, then, when there are several sets, one per set (its questions' outcomes). */
    private static void printTables(List<QaEvaluator.Outcome> outcomes, List<QuestionSet> sets, PrintStream out) {
        out.print(QaEvaluator.table(outcomes));
        if (sets.size() == 1) {
            return;
        }
        int from = 0;
        for (QuestionSet set : sets) {
            List<QaEvaluator.Outcome> ofSet = outcomes.subList(from, from + set.cases().size());
            from += set.cases().size();
            out.printf(Locale.ROOT, "of which %s (%d questions): answer %.3f, answer+citation %.3f%n", set.file(),
                    ofSet.size(), QaEvaluator.answerAccuracy(ofSet), QaEvaluator.answerAndCitation(ofSet));
            out.print(QaEvaluator.table(ofSet).indent(2));
        }
    }

    /** The municipality of each question's file, from the manifest ({@code --manifest}, else beside the first set). */
    private static List<String> municipalities(List<QuestionSet> sets, String manifestOption)
            throws IOException, Args.UsageException {
        if (sets.get(0).format() != QaEvaluator.Format.REAL_WORLD) {
            throw new Args.UsageException("--cv needs a real-world question file (id, file, question, expected_answer, "
                    + "answer_type, evidence): the folds are grouped by the municipality of each question's file");
        }
        Path manifest = manifestOption.isBlank() ? sets.get(0).file().toAbsolutePath().resolveSibling("MANIFEST.tsv")
                : Path.of(manifestOption);
        if (!Files.isRegularFile(manifest)) {
            throw new Args.UsageException("--cv: no " + manifest + " (file, municipality, ...) beside the question file, "
                    + "so the questions cannot be grouped by municipality; no cross-validated score");
        }
        Map<String, String> byFile = GroupedCrossValidation.municipalities(manifest);
        List<String> groups = new ArrayList<>();
        for (QuestionSet set : sets) {
            for (QaEvaluator.Case c : set.cases()) {
                String municipality = byFile.get(c.file());
                if (municipality == null) {
                    throw new Args.UsageException("--cv: question " + c.id() + " is about " + c.file() + ", which "
                            + manifest + " does not list");
                }
                groups.add(municipality);
            }
        }
        return groups;
    }

    /**
     * Answers every question at each grid point (in parallel: the answerer is thread-safe), then prints the in-sample
     * figures (default and best point) and the leave-one-municipality-out figures with the point chosen per fold.
     */
    static void crossValidate(List<QaEvaluator.Case> cases, List<String> municipalities, QuestionAnswerer answerer,
                              List<QaEvaluator.Outcome> atDefault, List<QuestionSet> sets, PrintStream out) {
        List<List<QaEvaluator.Outcome>> table = GRID.parallelStream()
                .map(point -> QaEvaluator.evaluate(cases, answerer.withSettings(point)::askUncached)).toList();
        List<List<Double>> points = GRID.stream().map(EvalCommand::point).toList();
        List<Double> preferred = point(answerer.settings());
        GroupedCrossValidation.Table t = new GroupedCrossValidation.Table(points, municipalities, table);
        int best = GroupedCrossValidation.choose(t, i -> true, preferred);
        GroupedCrossValidation.Result cv = GroupedCrossValidation.leaveOneGroupOut(t, preferred);
        out.printf(Locale.ROOT, "%nanswer threshold / sentence threshold / items read, %d points %s-%s tried%n",
                GRID.size(), GroupedCrossValidation.point(points.get(0)),
                GroupedCrossValidation.point(points.get(points.size() - 1)));
        out.printf(Locale.ROOT, "in-sample, default %s:  answer %.3f, answer+citation %.3f%n",
                GroupedCrossValidation.point(preferred), QaEvaluator.answerAccuracy(atDefault),
                QaEvaluator.answerAndCitation(atDefault));
        out.printf(Locale.ROOT, "in-sample, best %s:     answer %.3f, answer+citation %.3f%n",
                GroupedCrossValidation.point(points.get(best)), QaEvaluator.answerAccuracy(table.get(best)),
                QaEvaluator.answerAndCitation(table.get(best)));
        out.printf(Locale.ROOT, "cross-validated, folds grouped by municipality (leave one out, %d folds; thresholds chosen "
                + "on the other municipalities): answer %.3f, answer+citation %.3f%n", cv.folds().size(),
                QaEvaluator.answerAccuracy(cv.heldOut()), QaEvaluator.answerAndCitation(cv.heldOut()));
        printTables(cv.heldOut(), sets, out);
        out.println("thresholds chosen per fold (held-out municipality):");
        out.print(GroupedCrossValidation.thresholds(cv.folds()));
    }

    private static void print(QaEvaluator.Outcome o, PrintStream out) {
        Answer a = o.answer();
        Answer.Evidence first = a.evidence().isEmpty() ? null : a.evidence().get(0);
        out.printf(Locale.ROOT, "%-6s %-28s %-8s -> %-9s %.2f %s%n", o.c().id(), o.verdict(), o.c().type(), a.answerType(),
                a.confidence(), a.answer() == null ? "—" : clip(a.answer(), 90));
        out.printf("       q: %s%n", o.c().question());
        out.printf("       expected: %s%n", o.c().answers().isEmpty() ? "—" : String.join(" | ", o.c().answers()));
        if (first != null) {
            out.printf("       cited: %s#%d [%s] %s%n", first.meetingId(), first.item(), first.section(),
                    clip(first.text(), 110));
        }
    }

    private static String clip(String s, int n) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= n ? flat : flat.substring(0, n - 1) + "…";
    }

    private static void deleteTree(Path root) {
        try {
            DirectoryTrees.delete(root);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not remove the temporary index " + root + ": " + e.getMessage());
        }
    }
}
