package dk.referatarkiv.qa;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every sentence of the archive with its lemma variants and entities, grouped by item, and the inverse sentence
 * frequency of each lemma. Built once per corpus; immutable and thread-safe.
 */
final class SentenceIndex {

    private final Map<String, List<IndexedSentence>> byItem;
    private final Map<String, Integer> documentFrequency;
    private final int sentenceCount;

    private SentenceIndex(Map<String, List<IndexedSentence>> byItem, Map<String, Integer> df, int sentenceCount) {
        this.byItem = byItem;
        this.documentFrequency = df;
        this.sentenceCount = sentenceCount;
    }

    static SentenceIndex build(AnnotatedCorpus corpus, CorpusEntities entities) {
        Map<String, List<IndexedSentence>> byItem = new LinkedHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        int count = 0;
        for (AnnotatedItem item : corpus.items()) {
            String id = item.meeting().id() + "#" + item.item().number();
            List<Entity> itemEntities = entities.item(item.meeting().id(), item.item().number())
                    .map(ItemEntities::entities).orElse(List.of());
            Set<String> titleLemmas = lemmas(item.title().tokens());
            List<IndexedSentence> sentences = new ArrayList<>();
            for (int s = 0; s < item.item().sections().size(); s++) {
                Section section = item.item().sections().get(s);
                AnnotatedText text = item.sections().get(s);
                Set<String> previous = new HashSet<>();
                int position = 0;
                for (AnnotatedSentence sentence : text.sentences()) {
                    Set<String> own = lemmas(sentence.tokens());
                    Set<String> context = new HashSet<>(titleLemmas);
                    context.addAll(previous);
                    List<Entity> inside = itemEntities.stream().filter(e -> e.section().equals(section.kind().key())
                            && e.start() >= sentence.start() && e.end() <= sentence.end()).toList();
                    List<IndexedSentence.TokenLemmas> offsets = sentence.tokens().stream().filter(ContentLemmas::isContent)
                            .map(t -> new IndexedSentence.TokenLemmas(t.start(), t.end(), ContentLemmas.variants(t))).toList();
                    sentences.add(new IndexedSentence(item.meeting().id(), item.meeting().date(), item.item().number(),
                            item.item().title(), section.kind().key(), section.displayName(), position++,
                            sentence.text(text.text()), sentence.start(), sentence.end(), own, context, titleLemmas, inside, offsets));
                    own.forEach(l -> df.merge(l, 1, Integer::sum));
                    previous = own;
                    count++;
                }
            }
            byItem.put(id, List.copyOf(sentences));
        }
        return new SentenceIndex(Map.copyOf(byItem), Map.copyOf(df), count);
    }

    List<IndexedSentence> sentences(String meetingId, int item) {
        return byItem.getOrDefault(meetingId + "#" + item, List.of());
    }

    /** Inverse sentence frequency, smoothed; unseen lemmas weigh most. */
    double idf(String lemma) {
        int df = documentFrequency.getOrDefault(lemma, 0);
        return Math.log((sentenceCount + 1.0) / (df + 0.5));
    }

    boolean known(String lemma) {
        return documentFrequency.containsKey(lemma);
    }

    private static Set<String> lemmas(List<Token> tokens) {
        Set<String> all = new HashSet<>();
        ContentLemmas.of(tokens).forEach(all::addAll);
        return all;
    }
}
