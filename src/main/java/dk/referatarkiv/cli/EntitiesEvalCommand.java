package dk.referatarkiv.cli;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.eval.EntityEvaluator;
import dk.referatarkiv.eval.NerEvaluator;
import dk.referatarkiv.ingest.CorpusLoader;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.DanPlus;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.nlp.NlpModels;
import opennlp.tools.namefind.NameFinderME;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code entities-eval}: precision, recall and F1 per entity type on hand-annotated sections of the corpus, and the
 * name finder's PER/ORG/LOC/MISC scores on DaN+ news test when that file is present.
 */
public final class EntitiesEvalCommand implements Command {

    @Override
    public String name() {
        return "entities-eval";
    }

    @Override
    public String summary() {
        return "entity precision/recall/F1 per type on a gold file, and name-finder F1 on DaN+ news test";
    }

    @Override
    public List<Args.Option> options() {
        return List.of(Args.Option.value("gold", "src/test/resources/eval/entities-gold.tsv", "hand-annotated entities (TSV)"),
                Args.Option.value("danplus-test", "../shared/nlp-data/danplus/da_news_test.tsv",
                        "DaN+ news test file; skipped when absent"),
                CommonOptions.CORPUS, CommonOptions.MODELS, Args.Option.flag("verbose", "list every miss"));
    }

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        NlpModels models = NlpModels.load(args.path("models"));
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(new CorpusLoader().load(args.path("corpus")), new DanishPipeline(models));
        CorpusEntities entities = CorpusEntities.extract(annotated, models,
                OrganisationGazetteer.read(args.path("models").resolve(OrganisationGazetteer.FILE)));
        List<EntityEvaluator.Gold> gold = EntityEvaluator.read(args.path("gold"));
        EntityEvaluator evaluator = new EntityEvaluator();
        Map<EntityType, EntityEvaluator.Score> scores = evaluator.evaluate(gold, entities);
        out.printf("corpus entities against %s (%d gold entities); extraction took %d ms for %d items%n",
                args.path("gold"), gold.size(), entities.millis(), entities.items().size());
        out.printf("%-12s %5s %5s %7s %7s %7s %7s%n", "type", "gold", "found", "P", "R", "F1", "value");
        scores.forEach((type, s) -> row(out, type.name(), s));
        row(out, "ALL", EntityEvaluator.total(scores));
        if (args.flag("verbose")) {
            evaluator.misses().forEach(m -> out.printf("  %-6s %-38s %-11s %s %s%n", m.kind(), m.scope(), m.type(), m.text(), m.detail()));
        }
        Path danplus = args.path("danplus-test");
        if (Files.isRegularFile(danplus)) {
            NameFinderME finder = new NameFinderME(models.names());
            List<NerEvaluator.Gold> ner = DanPlus.read(danplus).stream()
                    .map(s -> new NerEvaluator.Gold(s.tokens(), DanPlus.spans(s.tags()))).toList();
            out.println("name finder on " + danplus + " (gold tokens, exact match):");
            out.print(NerEvaluator.table(NerEvaluator.evaluate(ner, finder::find)));
        }
        return Cli.OK;
    }

    private static void row(PrintStream out, String type, EntityEvaluator.Score s) {
        out.printf("%-12s %5d %5d %7.2f %7.2f %7.2f %7.2f%n", type, s.gold(), s.predicted(), 100 * s.precision(),
                100 * s.recall(), 100 * s.f1(), s.matched() == 0 ? 0 : 100.0 * s.valueRight() / s.matched());
    }
}
