package dk.referatarkiv.qa;

import dk.referatarkiv.search.ArchiveSearcher;
import dk.referatarkiv.search.EntityFilters;
import dk.referatarkiv.search.SearchHit;
import dk.referatarkiv.search.SearchRequest;
import dk.referatarkiv.search.SortOrder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers list questions ("Hvilke beslutninger vedrører budget 2026?", "Hvilke møder har behandlet skoleplanen?"):
 * the items that concern the budget year asked about, or else the items the question's words find, keeping those that
 * score at least a share of the best; each item with its decision sentence. Thread-safe.
 */
final class DecisionsAnswerer {

    /** Items scoring below this share of the best are not part of the list (lists want recall). */
    static final double RELATIVE_SCORE = 0.2;
    private static final int MAX_ITEMS = 10;
    /** Words of the question that ask for a list rather than say what about. */
    private static final Set<String> LIST_WORDS = Set.of("beslutning", "beslutninger", "møde", "møder", "sag", "sager",
            "punkt", "punkter", "behandle", "behandlet", "vedrøre", "vedrører", "træffe", "truffet", "hvilke");

    private final ArchiveSearcher searcher;
    private final SentenceIndex sentences;

    DecisionsAnswerer(ArchiveSearcher searcher, SentenceIndex sentences) {
        this.searcher = searcher;
        this.sentences = sentences;
    }

    Answer answer(Question q) throws IOException {
        List<SearchHit> hits;
        if (q.budgetYear() != null) {
            hits = searcher.find(new SearchRequest("", null, null, null,
                    new EntityFilters(null, null, q.budgetYear(), null, null), 1, MAX_ITEMS, SortOrder.DATE));
        } else {
            String words = q.terms().stream().map(t -> t.own().iterator().next()).filter(w -> !LIST_WORDS.contains(w))
                    .collect(Collectors.joining(" "));
            hits = words.isBlank() ? List.of() : searcher.find(SearchRequest.of(words, MAX_ITEMS));
            if (!hits.isEmpty()) {
                float top = hits.get(0).score();
                hits = hits.stream().filter(h -> h.item() > 0 && h.score() >= RELATIVE_SCORE * top).toList();
            }
        }
        if (hits.isEmpty()) {
            return Answer.none(q.text(), List.of());
        }
        List<Answer.Evidence> evidence = new ArrayList<>();
        Set<String> meetings = new LinkedHashSet<>();
        for (SearchHit hit : hits) {
            meetings.add(hit.meetingId());
            evidence.add(decision(hit));
        }
        String summary = hits.size() + (hits.size() == 1 ? " punkt" : " punkter") + " på " + meetings.size()
                + (meetings.size() == 1 ? " møde" : " møder");
        return new Answer(q.text(), AnswerType.DECISIONS, summary, 0.8, evidence, List.of());
    }

    /** The item's decision sentence, or its first sentence, or its title. */
    private Answer.Evidence decision(SearchHit hit) {
        List<IndexedSentence> all = sentences.sentences(hit.meetingId(), hit.item());
        return all.stream().filter(s -> s.section().equals("beslutning")).findFirst()
                .or(() -> all.stream().filter(s -> !s.section().equals(SentenceIndex.TITLE)).findFirst())
                .or(() -> all.stream().findFirst())
                .map(SentenceAnswerer::evidence)
                .orElse(new Answer.Evidence(hit.meetingId(), hit.meetingDate() == null ? null
                        : java.time.LocalDate.parse(hit.meetingDate()), hit.item(), hit.title(), "", hit.title(), -1, -1));
    }
}
