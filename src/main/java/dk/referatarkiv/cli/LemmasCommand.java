package dk.referatarkiv.cli;

import dk.referatarkiv.eval.LemmaListEvaluator;
import dk.referatarkiv.nlp.DanishLemmatizer;
import dk.referatarkiv.nlp.DanishLexicon;
import dk.referatarkiv.nlp.NlpModels;

import java.io.PrintStream;
import java.util.List;

/** {@code lemmas FILE.tsv}: per-word lemma results and the accuracy on a list of (word, lemma, upos). */
public final class LemmasCommand implements Command {

    @Override
    public String name() {
        return "lemmas";
    }

    @Override
    public String summary() {
        return "lemmatise a TSV list of word, lemma, upos and print the accuracy";
    }

    @Override
    public String positionalUsage() {
        return "FILE.tsv";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(CommonOptions.MODELS);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        if (args.positionals().size() != 1) {
            throw new Args.UsageException("give one TSV file, e.g. lemmas ../shared/eval/lemma-dev.tsv");
        }
        NlpModels models = NlpModels.load(args.path("models"));
        DanishLemmatizer lemmatizer = new DanishLemmatizer(models.lemmaLexicon(), DanishLexicon.get(), models.lemmas());
        List<LemmaListEvaluator.Result> results = new LemmaListEvaluator(lemmatizer)
                .evaluate(java.nio.file.Path.of(args.positionals().get(0)));
        for (LemmaListEvaluator.Result r : results) {
            out.printf("%-4s %-26s %-6s expected %-22s got %s%n", r.correct() ? "ok" : "MISS", r.word(), r.upos(),
                    r.expected(), r.actual());
        }
        out.printf("lemma accuracy: %.3f%n", LemmaListEvaluator.accuracy(results));
        return Cli.OK;
    }
}
