package dk.referatarkiv.qa;

import dk.referatarkiv.entities.AmountExtractor;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.DateExtractor;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every sentence of the archive with its lemma variants and entities, grouped by item, and the inverse sentence
 * frequency of each lemma. Built once per corpus; immutable and thread-safe.
 */
final class SentenceIndex {

    /** The section key of an item's title as a sentence, and of the header as written (item 0). */
    static final String TITLE = CorpusEntities.TITLE;
    static final String HEADER = CorpusEntities.HEADER;

    private final Map<String, List<IndexedSentence>> byItem;
    /** What each item's sentences were made from, by {@code meetingId#item}: an item made from the same is reused. */
    private final Map<String, Source> sources;
    /** Who recommends each item as the minutes write it ("Kommunaldirektøren"), by {@code meetingId#item}. */
    private final Map<String, String> recommenders;
    private final Map<String, Integer> documentFrequency;
    private final int sentenceCount;

    private SentenceIndex(Map<String, List<IndexedSentence>> byItem, Map<String, Source> sources,
                          Map<String, String> recommenders, Map<String, Integer> df, int sentenceCount) {
        this.byItem = byItem;
        this.sources = sources;
        this.recommenders = recommenders;
        this.documentFrequency = df;
        this.sentenceCount = sentenceCount;
    }

    /**
     * What an item's sentences are made from: the agenda item as parsed (or the header's text as written), the
     * meeting's date and the item's resolved entities. The annotations follow from the texts (one process has one
     * set of models).
     */
    private record Source(Object content, LocalDate date, ItemEntities entities) {
    }

    /** An item's sentences, with what they were made from. */
    private record Prepared(String id, Source source, List<IndexedSentence> sentences) {
    }

    static SentenceIndex build(AnnotatedCorpus corpus, CorpusEntities entities) {
        return build(corpus, entities, null);
    }

    /**
     * The index of the archive, taking the sentences of every item whose source is unchanged from {@code previous}
     * (the archive's index before a file was added or changed; null when there is none), so that a reload prepares
     * only the items it changed.
     */
    static SentenceIndex build(AnnotatedCorpus corpus, CorpusEntities entities, SentenceIndex previous) {
        // Each item's and header's sentences are prepared on all cores (lemma variants, the entities inside each
        // sentence): the work of a build, and independent per item. The counts over the archive come after.
        List<Prepared> prepared = new ArrayList<>(corpus.items().parallelStream().map(item -> {
            String id = item.meeting().id() + "#" + item.item().number();
            ItemEntities found = entities.item(item.meeting().id(), item.item().number()).orElse(null);
            Source source = new Source(item.item(), item.meeting().date(), found);
            return new Prepared(id, source, reused(previous, id, source)
                    .orElseGet(() -> itemSentences(item, found)));
        }).toList());
        prepared.addAll(corpus.headerSources().entrySet().parallelStream()
                .flatMap(header -> corpus.corpus().meeting(header.getKey()).stream().map(meeting -> {
                    String id = meeting.id() + "#0";
                    Source source = new Source(header.getValue().text(), meeting.date(), null);
                    return new Prepared(id, source, reused(previous, id, source)
                            .orElseGet(() -> headerSentences(meeting, header.getValue())));
                }))
                .toList());
        Map<String, List<IndexedSentence>> byItem = new HashMap<>();
        Map<String, Source> sources = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        int count = 0;
        for (Prepared item : prepared) {
            byItem.put(item.id(), item.sentences());
            // the new source, equal to the old one when reused: the previous archive's objects can go
            sources.put(item.id(), item.source());
            for (IndexedSentence sentence : item.sentences()) {
                sentence.lemmas().forEach(l -> df.merge(l, 1, Integer::sum));
                count++;
            }
        }
        Map<String, String> recommenders = new HashMap<>();
        for (AnnotatedItem item : corpus.items()) {
            if (!item.item().recommender().isBlank()) {
                recommenders.put(item.meeting().id() + "#" + item.item().number(), item.item().recommender().strip());
            }
        }
        return new SentenceIndex(Map.copyOf(byItem), Map.copyOf(sources), Map.copyOf(recommenders), Map.copyOf(df),
                count);
    }

    /** The previous index's sentences of an item when they were made from the same source. */
    private static Optional<List<IndexedSentence>> reused(SentenceIndex previous, String id, Source source) {
        if (previous == null || !source.equals(previous.sources.get(id))) {
            return Optional.empty();
        }
        return Optional.ofNullable(previous.byItem.get(id));
    }

    /** An item's sentences: its title as one, then every sentence of its sections. */
    private static List<IndexedSentence> itemSentences(AnnotatedItem item, ItemEntities found) {
        List<Entity> itemEntities = found == null ? List.of() : found.entities();
        Set<String> titleLemmas = lemmas(item.title().tokens());
        List<IndexedSentence> sentences = new ArrayList<>();
        // The title is a sentence of its own: an item known only from the table of contents has nothing else, and
        // a title often is the answer ("Byens kor - ansøgning om tilskud til en koncertrejse").
        String title = item.item().title();
        if (!title.isBlank() && !item.title().tokens().isEmpty()) {
            sentences.add(new IndexedSentence(item.meeting().id(), item.meeting().date(), item.item().number(), title,
                    TITLE, "Titel", 0, title, 0, title.length(), titleLemmas, Set.of(), titleLemmas,
                    itemEntities.stream().filter(e -> e.section().equals(CorpusEntities.TITLE)).toList(),
                    tokens(item.title().tokens())));
        }
        for (int s = 0; s < item.item().sections().size(); s++) {
            Section section = item.item().sections().get(s);
            AnnotatedText text = item.sections().get(s);
            Set<String> previous = new HashSet<>();
            int position = 0;
            for (AnnotatedSentence sentence : text.sentences()) {
                Set<String> own = lemmas(sentence.tokens());
                Set<String> context = new HashSet<>(titleLemmas);
                context.addAll(previous);
                // An item may have several sections of one kind (two Beslutning blocks), each counted from 0: an
                // entity is this sentence's only where this text writes it.
                List<Entity> inside = itemEntities.stream().filter(e -> e.section().equals(section.kind().key())
                        && e.start() >= sentence.start() && e.end() <= sentence.end()
                        && writes(text.text(), e)).toList();
                sentences.add(new IndexedSentence(item.meeting().id(), item.meeting().date(), item.item().number(),
                        item.item().title(), section.kind().key(), section.displayName(), position++,
                        sentence.text(text.text()), sentence.start(), sentence.end(), own, context, titleLemmas, inside,
                        tokens(sentence.tokens())));
                previous = own;
            }
        }
        return List.copyOf(sentences);
    }

    /** The sentences of the header as written, item 0: title lines, header fields and a contents list that runs together. */
    private static List<IndexedSentence> headerSentences(Meeting meeting, AnnotatedText text) {
        List<Entity> found = new ArrayList<>(new DateExtractor().extract(text.text(), HEADER,
                meeting.date() == null ? LocalDate.now() : meeting.date()));
        found.addAll(new AmountExtractor().extract(text.text(), HEADER));
        found.addAll(persons(text.text()));
        List<IndexedSentence> sentences = new ArrayList<>();
        Set<String> previous = new HashSet<>();
        int position = 0;
        for (AnnotatedSentence sentence : text.sentences()) {
            Set<String> own = lemmas(sentence.tokens());
            List<Entity> inside = found.stream().filter(e -> e.start() >= sentence.start() && e.end() <= sentence.end()).toList();
            sentences.add(new IndexedSentence(meeting.id(), meeting.date(), 0, Titles.HEADER, HEADER, Titles.HEADER,
                    position++, sentence.text(text.text()), sentence.start(), sentence.end(), own, previous, Set.of(),
                    inside, tokens(sentence.tokens())));
            previous = own;
        }
        return List.copyOf(sentences);
    }

    /**
     * Persons in the header as written, which the entity stage does not read: runs of capitalised words that begin
     * with a given name the dictionary knows ("Ib Lund-Hald og Eva Dam havde meldt forfald").
     */
    private static List<Entity> persons(String text) {
        List<Entity> out = new ArrayList<>();
        for (PersonList.Found f : PersonList.names(text, 0)) {
            String first = f.name().split("\\s+")[0];
            boolean given = DanishLexicon.get().readings(first).stream().anyMatch(r -> r.upos().equals("PROPN"));
            if (given) {
                int end = f.start() + f.name().length();
                out.add(new Entity(EntityType.PERSON, f.name(), f.start(), end, HEADER, f.name(), f.name()));
            }
        }
        return out;
    }

    /** Whether the text holds the entity's words at its offsets (compared without case and spacing). */
    static boolean writes(String text, Entity e) {
        if (e.start() < 0 || e.end() > text.length()) {
            return false;
        }
        String at = text.substring(e.start(), e.end()).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return at.equals(e.text().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
    }

    private static List<IndexedSentence.TokenLemmas> tokens(List<Token> tokens) {
        return tokens.stream().filter(ContentLemmas::isContent)
                .map(t -> new IndexedSentence.TokenLemmas(t.start(), t.end(), ContentLemmas.variants(t))).toList();
    }

    /** Who recommends the item, as written, or empty. */
    String recommender(String meetingId, int item) {
        return recommenders.getOrDefault(meetingId + "#" + item, "");
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
