package dk.referatarkiv.cli;

import dk.referatarkiv.eval.NlpEvaluator;
import dk.referatarkiv.nlp.Conllu;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;

import java.io.PrintStream;
import java.util.List;

/** {@code nlp-eval --conllu FILE}: sentence, token, UPOS and lemma scores of the pipeline on gold CoNLL-U. */
public final class NlpEvalCommand implements Command {

    @Override
    public String name() {
        return "nlp-eval";
    }

    @Override
    public String summary() {
        return "score sentences, tokens, UPOS and lemmas against a CoNLL-U file (raw text and gold tokens)";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(Args.Option.value("conllu", "../shared/nlp-data/ud-danish-ddt/da_ddt-ud-test.conllu",
                "gold CoNLL-U file"), CommonOptions.MODELS);
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        NlpModels models = NlpModels.load(args.path("models"));
        var gold = Conllu.read(List.of(args.path("conllu")));
        out.printf("models: %s; gold: %s%n", args.path("models"), args.path("conllu"));
        out.print(new NlpEvaluator(new DanishPipeline(models)).evaluate(gold).table());
        return Cli.OK;
    }
}
