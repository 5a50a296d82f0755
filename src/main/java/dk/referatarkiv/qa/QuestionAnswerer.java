package dk.referatarkiv.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.EntityType;
import dk.referatarkiv.entities.OrganisationGazetteer;
import dk.referatarkiv.index.ArchiveIndex;
import dk.referatarkiv.internal.DanishSpelling;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.nlp.DanishPipeline;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;
import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.EntityFilters;
import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SortOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers Danish questions about the archive: role questions from the role timeline, list questions from the items
 * found, and every other question from the best sentence of the candidate items; NONE when nothing answers well
 * enough. Answers are cached by normalised question and index generation, so a re-index invalidates them. Thread-safe.
 */
public final class QuestionAnswerer {

    public static final int MAX_QUESTION_LENGTH = 500;
    private static final int CANDIDATE_ITEMS = 8;
    /** Meetings that fit the question's constraints best, whose items are all read. */
    private static final int FITTING_MEETINGS = 3;
    private static final int RELATED = 5;

    private final QuestionAnalyzer analyzer;
    private final QuestionSpelling spelling;
    private final ArchiveSearcher searcher;
    private final ArchiveIndex index;
    private final RoleAnswerer roles;
    private final SentenceAnswerer sentences;
    private final DecisionsAnswerer decisions;
    private final MeetingPreferences preferences;
    private final HeaderFacts headerFacts;
    private final SentenceIndex sentenceIndex;
    private final AnswerSettings settings;
    private final Cache<String, Answer> cache = Caffeine.newBuilder().maximumSize(5_000).build();

    /**
     * @param index the archive's index, built with a {@link SentencePreparer}: the sentences to answer from are read
     *              from it as questions need them
     */
    public QuestionAnswerer(Corpus corpus, CorpusEntities entities, People people, DanishPipeline pipeline,
                            OrganisationGazetteer gazetteer, Synonyms synonyms, ArchiveIndex index,
                            ArchiveSearcher searcher, AnswerSettings settings) {
        this.settings = settings;
        this.sentenceIndex = new SentenceIndex(index);
        Set<String> knownRoles = people.timeline().all().stream().map(RoleAssertion::role).collect(Collectors.toSet());
        Set<String> networks = entities.items().values().stream().flatMap(i -> i.entities().stream())
                .filter(e -> e.type() == EntityType.NETWORK).map(e -> String.valueOf(e.value()))
                .collect(Collectors.toSet());
        Set<String> bodies = corpus.meetings().stream().map(m -> m.body()).filter(b -> !b.isEmpty()).collect(Collectors.toSet());
        this.analyzer = new QuestionAnalyzer(pipeline, synonyms, knownRoles, networks, bodies, gazetteer,
                ConstraintReader.of(corpus.meetings()));
        this.searcher = searcher;
        DanishSpelling.preload(); // read while the archive opens; the first question would wait for it
        this.spelling = new QuestionSpelling(pipeline::knowsWord, new QuestionSpelling.Vocabulary() {
            @Override
            public boolean holds(String word) throws IOException {
                return searcher.holdsWord(word);
            }

            @Override
            public Optional<String> nearest(String word, int maxEdits) throws IOException {
                return searcher.nearestWord(word, maxEdits);
            }
        });
        this.index = index;
        this.preferences = new MeetingPreferences(corpus);
        this.headerFacts = new HeaderFacts(preferences);
        this.roles = new RoleAnswerer(people, new Titles(corpus), preferences);
        this.sentences = new SentenceAnswerer(sentenceIndex, preferences, settings);
        this.decisions = new DecisionsAnswerer(searcher, sentenceIndex);
    }

    /** The same archive's answerer with other settings: shares every index and model, has its own answer cache. */
    private QuestionAnswerer(QuestionAnswerer base, AnswerSettings settings) {
        this.analyzer = base.analyzer;
        this.spelling = base.spelling;
        this.searcher = base.searcher;
        this.index = base.index;
        this.roles = base.roles;
        this.decisions = base.decisions;
        this.preferences = base.preferences;
        this.headerFacts = base.headerFacts;
        this.sentenceIndex = base.sentenceIndex;
        this.settings = settings;
        this.sentences = new SentenceAnswerer(sentenceIndex, preferences, settings);
    }

    /**
     * An answerer over the same archive with other settings, cheap to make (nothing is rebuilt): how an evaluation
     * tries several thresholds on one opened archive.
     */
    public QuestionAnswerer withSettings(AnswerSettings other) {
        return other.equals(settings) ? this : new QuestionAnswerer(this, other);
    }

    public AnswerSettings settings() {
        return settings;
    }

    /** The answer; {@code question} must be non-blank and at most {@link #MAX_QUESTION_LENGTH} characters. */
    public Answer ask(String question) {
        String key = cacheKey(question) + "|" + index.generation();
        return cache.get(key, k -> compute(question.strip()));
    }

    /**
     * The question as the answer cache tells questions apart (within one index generation): without case, end marks
     * and extra spaces. Benchmarks use it to ask only questions the cache has not seen.
     */
    public static String cacheKey(String question) {
        return question.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s?!.]+", " ").strip();
    }

    /** The answer computed afresh, bypassing the cache (for latency measurements). */
    public Answer askUncached(String question) {
        return compute(question.strip());
    }

    /**
     * @param asked the question as typed; the answer's question is the text answered: a month's meeting written out
     *              ("januarmødet" → "mødet i januar"), its spelling corrected
     */
    private Answer compute(String asked) {
        try {
            String text = spelling.correct(MonthMeetings.writtenOut(asked));
            Question q = analyzer.analyse(text);
            // The items the question's words find, nearest first (no facets, snippets or total are shown with an
            // answer): the first are the related items shown with any answer, and all are candidates for an answer
            // from sentences. One search for both; a top-n is the beginning of a longer top-n of the same search.
            List<SearchHit> found = searcher.find(SearchRequest.of(text, found()));
            List<SearchHit> related = List.copyOf(found.subList(0, Math.min(RELATED, found.size())));
            Optional<Answer> answer = switch (q.type()) {
                case NONE -> Optional.empty();
                case DECISIONS -> Optional.of(decisions.answer(q)).filter(a -> a.answerType() != AnswerType.NONE);
                case PERSON, DATE -> headerFacts.answer(q).or(() -> roles.answer(q)).or(() -> fromSentences(q, found));
                default -> headerFacts.answer(q).or(() -> fromSentences(q, found));
            };
            return answer.map(a -> a.withRelated(related)).orElse(Answer.none(text, related));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many items the question's one search fetches: enough for the related items and for the candidates. */
    private int found() {
        return Math.max(RELATED, Math.max(CANDIDATE_ITEMS, settings.searchedItems()));
    }

    /** @param found the items the question's words find, at most {@link #found()}, nearest first */
    private Optional<Answer> fromSentences(Question q, List<SearchHit> found) {
        try {
            return sentences.answer(q, candidates(q, found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The items to read: those the question's words find (within the budget year or year it names, and without that
     * restriction), and every item of the meetings that fit the question's constraints best.
     */
    private List<String[]> candidates(Question q, List<SearchHit> found) throws IOException {
        EntityFilters filters = q.budgetYear() == null ? EntityFilters.NONE
                : new EntityFilters(null, null, q.budgetYear(), null, null);
        LocalDate from = q.year() == null ? null : LocalDate.of(q.year(), 1, 1);
        LocalDate to = q.year() == null ? null : LocalDate.of(q.year(), 12, 31);
        List<SearchHit> hits = new ArrayList<>();
        if (filters.any() || from != null) {
            hits.addAll(searcher.find(new SearchRequest(q.text(), from, to, null, filters, 1, CANDIDATE_ITEMS,
                    SortOrder.RELEVANCE)));
        }
        hits.addAll(found.subList(0, Math.min(q.constraints().any() ? settings.searchedItems() : CANDIDATE_ITEMS, found.size())));
        java.util.Map<String, String[]> items = new java.util.LinkedHashMap<>();
        for (SearchHit h : hits) {
            items.putIfAbsent(h.meetingId() + "#" + h.item(),
                    new String[]{h.meetingId(), String.valueOf(h.item()), String.valueOf(Math.max(h.score(), 1e-6f))});
        }
        if (q.type() == AnswerType.PERSON) {
            // Who holds a post is often written only in the header's list of participants with their titles
            // ("Ida Holm (Afdelingschef for Kultur)"): the headers of the meetings the question's words find are read
            // too, after the items
            for (SearchHit h : hits) {
                items.putIfAbsent(h.meetingId() + "#0", new String[]{h.meetingId(), "0", "0"});
            }
        }
        for (String meetingId : preferences.best(q.constraints(), HeaderFacts.MINIMUM_FIT, FITTING_MEETINGS)) {
            items.putIfAbsent(meetingId + "#0", new String[]{meetingId, "0", "0"}); // the header as written
            for (var item : preferences.meeting(meetingId).items()) {
                items.putIfAbsent(meetingId + "#" + item.number(), new String[]{meetingId, String.valueOf(item.number()), "0"});
            }
        }
        return new ArrayList<>(items.values());
    }
}
