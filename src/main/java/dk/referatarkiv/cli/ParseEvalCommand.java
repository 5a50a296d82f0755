package dk.referatarkiv.cli;

import dk.referatarkiv.eval.StructureEvaluator;
import dk.referatarkiv.eval.StructureEvaluator.Accuracy;
import dk.referatarkiv.eval.StructureEvaluator.Field;
import dk.referatarkiv.eval.StructureEvaluator.Outcome;
import dk.referatarkiv.eval.StructureEvaluator.Report;
import dk.referatarkiv.eval.StructureEvaluator.RowResult;
import dk.referatarkiv.eval.StructureEvaluator.Verdict;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.ingest.FileReport;
import dk.referatarkiv.ingest.IngestProblem;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code parse-eval --gold FILE.tsv --corpus DIR}: parses the corpus and scores each meeting's date, body, item count
 * and first and last item title against a structure gold (see {@link StructureEvaluator}). Prints a verdict per
 * gold row, then one {@code field NAME: share (right/scored)} line per field and {@code all right: share (n/rows)}.
 */
public final class ParseEvalCommand implements Command {

    @Override
    public String name() {
        return "parse-eval";
    }

    @Override
    public String summary() {
        return "date, body, item count and first/last title of parsed meetings against a structure gold";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(Args.Option.value("gold", "../shared/realworld/structure.tsv",
                        "structure gold: file, meeting_date, body, item_count, first_item_title, last_item_title"),
                // Not CommonOptions.CORPUS: the bundled corpus has no structure gold, so the default is the
                // corpus the default gold describes.
                Args.Option.value("corpus", "../shared/realworld/corpus", "directory of minutes files the gold describes"),
                Args.Option.flag("verbose", "print expected and parsed value of every field not strictly right"));
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (!args.positionals().isEmpty()) {
            throw new Args.UsageException("unexpected argument '" + args.positionals().get(0)
                    + "'; give the gold with --gold FILE.tsv");
        }
        if (!Files.isRegularFile(args.path("gold"))) {
            throw new Args.UsageException("--gold: no such file " + args.path("gold").toAbsolutePath());
        }
        List<StructureEvaluator.Gold> gold = StructureEvaluator.read(args.path("gold"));
        Corpus corpus = new CorpusLoader().load(args.path("corpus"));
        Report report = StructureEvaluator.evaluate(gold, corpus.meetings());
        Map<String, FileReport> files = corpus.reports().stream()
                .collect(Collectors.toMap(FileReport::file, Function.identity(), (a, b) -> a));

        out.printf("%-10s %-10s %-6s %-6s %-6s %-6s %s%n", "file", "gold date", "date", "body", "count", "first", "last");
        for (RowResult r : report.rows()) {
            printRow(r, files, args.flag("verbose"), out);
        }
        out.println();
        out.printf("%d gold rows, %d meetings paired, %d without a meeting, %d meetings of gold files left over%n",
                report.rows().size(), report.rows().size() - report.missingMeetings(), report.missingMeetings(),
                report.extraMeetings());
        out.println("ok = right, ~ = title right only leniently (" + StructureEvaluator.lenientRule() + "), "
                + "✗ = wrong, - = not scored (gold title empty: the page shows no title)");
        for (Field f : Field.values()) {
            Accuracy lenient = report.accuracy(f, true);
            out.printf("field %s: %s%s%n", f.label(), format(lenient),
                    f.isTitle() ? String.format("; %d rows not scored", report.rows().size() - lenient.scored()) : "");
        }
        for (Field f : Field.values()) {
            if (f.isTitle()) {
                out.printf("field %s strict: %s%n", f.label(), format(report.accuracy(f, false)));
            }
        }
        out.printf("all right: %s (every scored field right, titles leniently)%n", format(report.allRight()));
        return Cli.OK;
    }

    private static void printRow(RowResult r, Map<String, FileReport> files, boolean verbose, PrintStream out) {
        StringBuilder line = new StringBuilder(String.format("%-10s %-10s", r.gold().file(), r.gold().date()));
        for (Field f : Field.values()) {
            line.append(String.format(" %-6s", symbol(r.verdict(f).outcome())));
        }
        if (r.meeting() == null) {
            line.append(" no meeting: ").append(whyMissing(files.get(r.gold().file())));
        }
        out.println(line.toString().stripTrailing());
        if (!verbose || r.meeting() == null) {
            return;
        }
        for (Field f : Field.values()) {
            Verdict v = r.verdict(f);
            if (v.outcome() == Outcome.WRONG || v.outcome() == Outcome.LENIENT) {
                out.printf("    %-13s expected \"%s\", got \"%s\"%n", f.label() + ":", v.expected(), v.got());
            }
        }
    }

    private static String whyMissing(FileReport file) {
        if (file == null) {
            return "file not in the corpus";
        }
        if (file.status() == FileReport.Status.SKIPPED) {
            return "skipped: " + file.problems().stream().map(IngestProblem::toString).collect(Collectors.joining("; "));
        }
        return "the file gave fewer meetings than the gold has";
    }

    private static String symbol(Outcome outcome) {
        return switch (outcome) {
            case RIGHT -> "ok";
            case LENIENT -> "~";
            case WRONG -> "✗";
            case NOT_SCORED -> "-";
        };
    }

    private static String format(Accuracy a) {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", a.share(), a.right(), a.scored());
    }
}
