package dk.referatarkiv.qa;

import dk.referatarkiv.entities.AmountExtractor;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.DateExtractor;
import dk.referatarkiv.entities.Entity;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.ItemEntities;
import dk.referatarkiv.index.SentencePreparation;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.internal.DanishLexicon;
import dk.referatarkiv.nlp.AnnotatedItem;
import dk.referatarkiv.nlp.AnnotatedSentence;
import dk.referatarkiv.nlp.AnnotatedText;
import dk.referatarkiv.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prepares every sentence of an item for answering, at index time: its lemma variants, those of its context (item
 * title, previous sentence), the entities inside it and its content tokens ({@link IndexedSentence}); the index stores
 * them in {@link SentenceCodec}'s form and {@link SentenceIndex} reads them back for the items a question touches.
 * Stateless and thread-safe.
 */
public final class SentencePreparer implements SentencePreparation {

    /**
     * Recorded in the index's schema: change it when what a sentence holds, how it is made, or its encoded form
     * changes, so that indexes prepared before are rebuilt.
     */
    private static final String VERSION = "sentences-14";
    /** The most sentences after a label ending in a colon that are its context ({@link #labelled}). */
    private static final int MAX_LABELLED_SENTENCES = 3;
    /** The marker of a line of a bulleted or numbered list: "- Skovvej", "• Engvej", "2. Torvet" (use lookingAt). */
    static final Pattern LIST_LINE = Pattern.compile("(?:[-•*]|\\d+\\.)\\s+");

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Prepared item(AnnotatedItem item, ItemEntities entities) {
        return prepared(item.item().recommender().strip(), itemSentences(item, entities));
    }

    @Override
    public Prepared header(Meeting meeting, AnnotatedText header) {
        return prepared("", headerSentences(meeting, header));
    }

    private static Prepared prepared(String recommender, List<IndexedSentence> sentences) {
        return new Prepared(SentenceCodec.encode(recommender, sentences),
                sentences.stream().map(IndexedSentence::lemmas).toList());
    }

    /** An item's sentences: its title as one, then every sentence of its sections. */
    static List<IndexedSentence> itemSentences(AnnotatedItem item, ItemEntities found) {
        List<Entity> itemEntities = found == null ? List.of() : found.entities();
        List<IndexedSentence.TokenLemmas> titleTokens = contentTokens(item.title().tokens());
        Set<String> titleLemmas = lemmas(titleTokens);
        List<IndexedSentence> sentences = new ArrayList<>();
        // The title is a sentence of its own: an item known only from the table of contents has nothing else, and
        // a title often is the answer ("Søby Spejdergruppe - ansøgning om tilskud til nyt telt").
        String title = item.item().title();
        if (!title.isBlank() && !item.title().tokens().isEmpty()) {
            sentences.add(new IndexedSentence(item.meeting().id(), item.meeting().date(), item.item().number(), title,
                    SentenceIndex.TITLE, "Titel", 0, title, 0, title.length(), titleLemmas, Set.of(), titleLemmas,
                    itemEntities.stream().filter(e -> e.section().equals(CorpusEntities.TITLE)).toList(),
                    titleTokens));
        }
        for (int s = 0; s < item.item().sections().size(); s++) {
            Section section = item.item().sections().get(s);
            AnnotatedText text = item.sections().get(s);
            Introductions previous = Introductions.NONE;
            int position = 0;
            List<AnnotatedSentence> all = text.sentences();
            // each sentence's variants made once: its own words are read by the labels before it too
            List<List<IndexedSentence.TokenLemmas>> contents = all.stream().map(x -> contentTokens(x.tokens())).toList();
            List<Set<String>> ownWords = contents.stream().map(SentencePreparer::lemmas).toList();
            for (int i = 0; i < all.size(); i++) {
                AnnotatedSentence sentence = all.get(i);
                Set<String> own = ownWords.get(i);
                Set<String> context = new HashSet<>(titleLemmas);
                context.addAll(previous.context());
                context.addAll(labelled(all, ownWords, i, text.text()));
                // An item may have several sections of one kind (two Beslutning blocks), each counted from 0: an
                // entity is this sentence's only where this text writes it.
                List<Entity> inside = itemEntities.stream().filter(e -> e.section().equals(section.kind().key())
                        && e.start() >= sentence.start() && e.end() <= sentence.end()
                        && writes(text.text(), e)).toList();
                sentences.add(new IndexedSentence(item.meeting().id(), item.meeting().date(), item.item().number(),
                        item.item().title(), section.kind().key(), section.displayName(), position++,
                        sentence.text(text.text()), sentence.start(), sentence.end(), own, context, titleLemmas, inside,
                        contents.get(i)));
                previous = previous.next(sentence, text.text(), own);
            }
        }
        return List.copyOf(sentences);
    }

    /** The sentences of the header as written, item 0: title lines and header fields (the parser leaves the contents out). */
    static List<IndexedSentence> headerSentences(Meeting meeting, AnnotatedText text) {
        // An undated meeting's year-less dates get no year, as in the entity stage: today's year would be frozen into
        // the index by whichever run prepared the header.
        List<Entity> found = new ArrayList<>(new DateExtractor().extract(text.text(), SentenceIndex.HEADER, meeting.date()));
        found.addAll(new AmountExtractor().extract(text.text(), SentenceIndex.HEADER));
        found.addAll(persons(text.text()));
        List<IndexedSentence> sentences = new ArrayList<>();
        Introductions previous = Introductions.NONE;
        int position = 0;
        for (AnnotatedSentence sentence : text.sentences()) {
            List<IndexedSentence.TokenLemmas> content = contentTokens(sentence.tokens());
            Set<String> own = lemmas(content);
            List<Entity> inside = found.stream().filter(e -> e.start() >= sentence.start() && e.end() <= sentence.end()).toList();
            sentences.add(new IndexedSentence(meeting.id(), meeting.date(), 0, Titles.HEADER, SentenceIndex.HEADER,
                    Titles.HEADER, position++, sentence.text(text.text()), sentence.start(), sentence.end(), own,
                    previous.context(), Set.of(), inside, content));
            previous = previous.next(sentence, text.text(), own);
        }
        return List.copyOf(sentences);
    }

    /**
     * The words a label ending in a colon heads, when sentence {@code i} is one ("Spørgsmål fra Ida Holm:" over the
     * question she put): those of the sentences after it, up to the next sentence ending in a colon, at most
     * {@link #MAX_LABELLED_SENTENCES}, not a list under it. A clause ending in a colon ("Følgende mål gælder:") is no
     * label: it introduces what follows without being about it, and would outrank the sentences it introduces.
     */
    static Set<String> labelled(List<AnnotatedSentence> sentences, List<Set<String>> ownWords, int i, String text) {
        AnnotatedSentence label = sentences.get(i);
        if (!label.text(text).stripTrailing().endsWith(":") || isClause(label)) {
            return Set.of();
        }
        Set<String> headed = new HashSet<>();
        for (int j = i + 1; j < sentences.size() && j <= i + MAX_LABELLED_SENTENCES; j++) {
            String next = sentences.get(j).text(text).strip();
            if (next.endsWith(":") || LIST_LINE.matcher(next).lookingAt()) {
                break; // a list answers with its label and lines together (SentenceAnswerer), cited by its lines
            }
            headed.addAll(ownWords.get(j));
        }
        return headed;
    }

    private static boolean isClause(AnnotatedSentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> t.upos().equals("VERB") || t.upos().equals("AUX"));
    }

    /**
     * What a sentence passes on to the next as its context: its own words, and for a label ending in a colon under a
     * sentence that introduces something with a colon, that sentence's words too. In "Til stede var:" / "Fra
     * Ældrerådet:" / "Ida Holm og Bo Lund." the names are who was there as much as they are the council's. A label
     * under a label is its sibling, not part of it ("Fraværende:" / "Deltagere:" / names: the names did take part).
     *
     * @param context     the words the next sentence gets
     * @param introducing the words of this sentence when it introduces what follows (a clause with a verb, ending in
     *                    a colon), else empty
     */
    record Introductions(Set<String> context, Set<String> introducing) {

        static final Introductions NONE = new Introductions(Set.of(), Set.of());

        /** What {@code sentence} of {@code text}, whose content words are {@code own}, passes on. */
        Introductions next(AnnotatedSentence sentence, String text, Set<String> own) {
            if (!sentence.text(text).stripTrailing().endsWith(":")) {
                return new Introductions(own, Set.of());
            }
            if (isClause(sentence)) {
                return new Introductions(own, own);
            }
            Set<String> both = new HashSet<>(own);
            both.addAll(introducing);
            return new Introductions(both, Set.of());
        }
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
                out.add(new Entity(EntityType.PERSON, f.name(), f.start(), end, SentenceIndex.HEADER, f.name(), f.name()));
            }
        }
        return out;
    }

    /** Whether the text holds the entity's words at its offsets (compared without case and spacing). */
    private static boolean writes(String text, Entity e) {
        if (e.start() < 0 || e.end() > text.length()) {
            return false;
        }
        String at = text.substring(e.start(), e.end()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return at.equals(e.text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** The content tokens of a sentence ({@link ContentLemmas#isContent(Token, boolean)}), each with its variants. */
    static List<IndexedSentence.TokenLemmas> contentTokens(List<Token> tokens) {
        int first = ContentLemmas.firstWordIndex(tokens);
        List<IndexedSentence.TokenLemmas> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (ContentLemmas.isContent(t, i == first)) {
                out.add(new IndexedSentence.TokenLemmas(t.start(), t.end(), ContentLemmas.variants(t)));
            }
        }
        return out;
    }

    /** Every variant of the content tokens: the words a sentence holds. */
    private static Set<String> lemmas(List<IndexedSentence.TokenLemmas> tokens) {
        Set<String> all = new HashSet<>();
        tokens.forEach(t -> all.addAll(t.variants()));
        return all;
    }
}
