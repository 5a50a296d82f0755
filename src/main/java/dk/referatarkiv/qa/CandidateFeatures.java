package dk.referatarkiv.qa;

import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of a candidate answer sentence, in one place (the shape of Solr LTR's feature store): what the
 * {@link AnswerRanker} weighs and {@code train-qa} logs. Every feature lies in [0, 1]. Names are stable: the model
 * file refers to them.
 *
 * <ul>
 *   <li>{@code coverage}: the question's words the sentence covers, weighted by rarity (idf), a word matched exactly
 *   counting 1, by its compound head ¾, in the title or previous sentence, by a compound part or a shared
 *   beginning ½, by a part in the context ¼ (a fixed summary; the shares below let the model weigh each kind
 *   itself); {@code exact}, {@code head}, {@code weak}, {@code faint}: the idf-weighted share of the question's
 *   words matched in each of those four ways; {@code content_coverage}: coverage over the words that are not the
 *   question's verbs; {@code missing_rare}: the weight of the rarest question word the sentence misses, over the
 *   rarest word's weight; {@code coverage_sq}: coverage squared (lets the model bend);</li>
 *   <li>{@code section_*}: title, header as written, Beslutning, Indstilling, Bilag, any other section; {@code first}:
 *   first sentence of its section; {@code position}: 1 / (1 + position in the section);</li>
 *   <li>{@code meeting_fit}: how well the meeting fits the municipality, body and date the question names;
 *   {@code fit_gap}: how much less than the best-fitting meeting; {@code contradicts}: the meeting was held on
 *   another day or in another municipality than the question names; {@code item_named}: the question names the item's
 *   number; {@code year_match}: an amount for the year the question names;</li>
 *   <li>{@code retrieval}: the item's search score over the best item's; {@code retrieved}: the item was found by the
 *   question's words (not only as an item of a fitting meeting);</li>
 *   <li>{@code typed}: the sentence holds a mention of the expected type; {@code near}: 1 / (1 + distance in
 *   characters / 20) from the nearest such mention to the matched words; {@code mentions}: how many such mentions
 *   (up to 5, over 5); {@code length}: tokens (up to 60, over 60);</li>
 *   <li>{@code type_*}: the question's expected type (one per type: the model's prior for each kind of question);
 *   {@code decision_beslutning}: a decision question and a Beslutning sentence.</li>
 * </ul>
 */
public final class CandidateFeatures {

    private static final List<AnswerType> TYPES = List.of(AnswerType.PERSON, AnswerType.DATE, AnswerType.AMOUNT,
            AnswerType.PERCENT, AnswerType.ROLE, AnswerType.COUNT, AnswerType.PLACE, AnswerType.REASON,
            AnswerType.DECISION, AnswerType.OTHER);
    private static final List<String> SECTIONS = List.of(SentenceIndex.TITLE, SentenceIndex.HEADER, "beslutning",
            "indstilling", "bilag");

    /** The feature names, in vector order. */
    public static final List<String> NAMES = names();

    private CandidateFeatures() {
    }

    private static List<String> names() {
        List<String> n = new ArrayList<>(List.of("coverage", "coverage_sq", "exact", "head", "weak", "faint",
                "content_coverage", "missing_rare"));
        SECTIONS.forEach(s -> n.add("section_" + s));
        n.addAll(List.of("section_other", "first", "position", "meeting_fit", "fit_gap", "contradicts", "item_named", "year_match",
                "retrieval", "retrieved", "typed", "near", "mentions", "length", "decision_beslutning"));
        TYPES.forEach(t -> n.add("type_" + t.name().toLowerCase(java.util.Locale.ROOT)));
        return List.copyOf(n);
    }

    /** What the answerer knows about a candidate when it scores it. */
    record Inputs(Question question, IndexedSentence sentence, SentenceAnswerer.Coverage coverage, double fit,
                  double bestFit, boolean contradicts, boolean itemNamed, boolean yearMatch, double retrieval, boolean retrieved,
                  boolean typed) {
    }

    static double[] of(Inputs in) {
        double[] f = new double[NAMES.size()];
        int i = 0;
        double coverage = in.coverage().coverage();
        f[i++] = coverage;
        f[i++] = coverage * coverage;
        f[i++] = in.coverage().exact();
        f[i++] = in.coverage().head();
        f[i++] = in.coverage().weak();
        f[i++] = in.coverage().faint();
        f[i++] = in.coverage().content();
        f[i++] = in.coverage().missingRare();
        String section = in.sentence().section();
        boolean known = false;
        for (String s : SECTIONS) {
            boolean is = s.equals(section);
            known |= is;
            f[i++] = is ? 1 : 0;
        }
        f[i++] = known ? 0 : 1;
        f[i++] = in.sentence().position() == 0 ? 1 : 0;
        f[i++] = 1.0 / (1 + in.sentence().position());
        f[i++] = in.fit();
        f[i++] = Math.max(0, in.bestFit() - in.fit());
        f[i++] = in.contradicts() ? 1 : 0;
        f[i++] = in.itemNamed() ? 1 : 0;
        f[i++] = in.yearMatch() ? 1 : 0;
        f[i++] = in.retrieval();
        f[i++] = in.retrieved() ? 1 : 0;
        f[i++] = in.typed() ? 1 : 0;
        List<Entity> mentions = in.typed() ? mentions(in.sentence(), in.question().type()) : List.of();
        int distance = mentions.stream().mapToInt(e -> SpanExtractor.distance(e.start(), e.end(), in.coverage().matched()))
                .min().orElse(-1);
        f[i++] = distance < 0 ? 0 : 1 / (1 + distance / 20.0);
        f[i++] = Math.min(5, mentions.size()) / 5.0;
        f[i++] = Math.min(60, in.sentence().tokens().size()) / 60.0;
        f[i++] = in.question().type() == AnswerType.DECISION && section.equals("beslutning") ? 1 : 0;
        for (AnswerType t : TYPES) {
            f[i++] = in.question().type() == t ? 1 : 0;
        }
        return f;
    }

    private static List<Entity> mentions(IndexedSentence s, AnswerType type) {
        EntityType wanted = switch (type) {
            case PERSON, ROLE -> EntityType.PERSON;
            case DATE -> EntityType.DATE;
            case AMOUNT -> EntityType.AMOUNT;
            case PERCENT -> EntityType.PERCENT;
            default -> null;
        };
        return wanted == null ? List.of() : s.entities().stream().filter(e -> e.type() == wanted).toList();
    }
}
