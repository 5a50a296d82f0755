package dk.referatarkiv.cli;

import dk.referatarkiv.eval.QaEvaluator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code eval FILE.tsv}: every question through the code path of /api/ask, per-question verdicts and accuracies. */
public final class EvalCommand implements Command {

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "answer a question set (TSV) as /api/ask does and print per-question verdicts and accuracy by type";
    }

    @Override
    public String positionalUsage() {
        return "FILE.tsv";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.CORPUS, CommonOptions.INDEX, CommonOptions.MODELS);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().size() != 1) {
            throw new Args.UsageException("give one question file, e.g. eval ../shared/eval/dev-questions.tsv");
        }
        List<QaEvaluator.Case> cases = QaEvaluator.read(Path.of(args.positionals().get(0)));
        try (OpenArchive archive = OpenArchive.open(CommonOptions.locations(args), false, System.err)) {
            List<QaEvaluator.Outcome> outcomes = QaEvaluator.evaluate(cases, archive.answerer()::ask);
            for (QaEvaluator.Outcome o : outcomes) {
                var first = o.answer().evidence().isEmpty() ? null : o.answer().evidence().get(0);
                out.printf("%-4s %-28s %-9s %-60s %s%n", o.c().id(), o.verdict(), o.answer().answerType(),
                        o.answer().answer() == null ? "—" : clip(o.answer().answer(), 60),
                        first == null ? "" : first.meetingDate() + "#" + first.item());
            }
            out.print(QaEvaluator.table(outcomes));
            return Cli.OK;
        }
    }

    private static String clip(String s, int n) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= n ? flat : flat.substring(0, n - 1) + "…";
    }
}
