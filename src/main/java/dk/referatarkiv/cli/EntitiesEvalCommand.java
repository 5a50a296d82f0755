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
            rawText(DanPlus.read(danplus), models, args.path("models"), out);
        }
        return Cli.OK;
    }

    /**
     * Raw-text setting: each test sentence re-joined into text, then tokenised by the pipeline; a name counts when its
     * character span and type are right. Scores the name finder alone and, for PER, the product's person extractor
     * (name finder plus given-name runs and enumerations).
     */
    static void rawText(List<DanPlus.Sentence> sentences, NlpModels models, Path modelsDir, PrintStream out)
            throws java.io.IOException {
        DanishPipeline pipeline = new DanishPipeline(models);
        NameFinderME finder = new NameFinderME(models.names());
        dk.referatarkiv.entities.PersonExtractor persons = new dk.referatarkiv.entities.PersonExtractor(models.names(),
                OrganisationGazetteer.read(modelsDir.resolve(OrganisationGazetteer.FILE)));
        java.util.Map<String, int[]> model = new java.util.TreeMap<>();
        int[] personCounts = new int[3];
        for (DanPlus.Sentence s : sentences) {
            int[] starts = new int[s.tokens().length];
            String text = dk.referatarkiv.nlp.Detokenizer.join(s.tokens(), starts);
            java.util.Set<String> gold = new java.util.HashSet<>();
            java.util.Set<String> goldPersons = new java.util.HashSet<>();
            for (opennlp.tools.util.Span span : DanPlus.spans(s.tags())) {
                int start = starts[span.getStart()];
                int end = starts[span.getEnd() - 1] + s.tokens()[span.getEnd() - 1].length();
                gold.add(span.getType() + ":" + start + ":" + end);
                if (span.getType().equals("PER")) {
                    goldPersons.add(start + ":" + end);
                }
                model.computeIfAbsent(span.getType(), k -> new int[3])[0]++;
            }
            var annotated = pipeline.annotate(text);
            var tokens = annotated.tokens();
            String[] words = tokens.stream().map(dk.referatarkiv.nlp.Token::text).toArray(String[]::new);
            for (opennlp.tools.util.Span span : finder.find(words)) {
                String key = span.getType() + ":" + tokens.get(span.getStart()).start() + ":" + tokens.get(span.getEnd() - 1).end();
                int[] c = model.computeIfAbsent(span.getType(), k -> new int[3]);
                c[1]++;
                c[2] += gold.contains(key) ? 1 : 0;
            }
            personCounts[0] += goldPersons.size();
            for (var e : persons.extract(annotated, "x")) {
                personCounts[1]++;
                personCounts[2] += goldPersons.contains(e.start() + ":" + e.end()) ? 1 : 0;
            }
        }
        out.println("raw text (sentences re-joined, pipeline tokenisation), exact character spans:");
        out.printf("%-24s %6s %6s %6s %6s%n", "", "gold", "P", "R", "F1");
        int[] all = new int[3];
        model.forEach((type, c) -> {
            printF1(out, "name finder " + type, c);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        printF1(out, "name finder ALL", all);
        printF1(out, "person extractor PER", personCounts);
    }

    private static void printF1(PrintStream out, String label, int[] c) {
        double p = c[1] == 0 ? 0 : c[2] / (double) c[1];
        double r = c[0] == 0 ? 0 : c[2] / (double) c[0];
        out.printf("%-24s %6d %6.2f %6.2f %6.2f%n", label, c[0], 100 * p, 100 * r, p + r == 0 ? 0 : 200 * p * r / (p + r));
    }

    private static void row(PrintStream out, String type, EntityEvaluator.Score s) {
        out.printf("%-12s %5d %5d %7.2f %7.2f %7.2f %7.2f%n", type, s.gold(), s.predicted(), 100 * s.precision(),
                100 * s.recall(), 100 * s.f1(), s.matched() == 0 ? 0 : 100.0 * s.valueRight() / s.matched());
    }
}
