package dk.referatarkiv.qa;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A question, analysed.
 *
 * @param terms        content words as sets of lemma variants (no question words, stop words or very common verbs)
 * @param budgetYear   a budget year the question names, or null
 * @param year         a calendar year the question restricts to ("i 2017"), or null
 * @param at           the date a role question asks about ("før maj 2017" → 30 April 2017), or null for the latest
 * @param organisation a network or unit the question names (canonical), or null
 * @param role         a role the question names (normalised), or null
 * @param constraints  the municipality, body, meeting date and item numbers it names: preferences for meetings and items
 * @param fact         the meeting-header fact it asks for ("Hvor holdt … møde", "Hvem var fraværende"), or null
 * @param focus        the noun after "hvilken" or "hvor mange" (lower case), which the answer is a mention of, or null
 * @param party        the list letter of a party it names ("liste V", "Venstres byrådsgruppe" → "V"), which a sentence
 *                     that answers names too, or null
 * @param askedDone    whether it asks about something done: a verb in the past tense or a past participle
 *                     ("Hvem udpegede byrådet …", "Hvem blev valgt …"), and no word of recommending or proposing
 *                     ("indstillet", "forslag"), which may ask about the recommendation instead: what a body did is
 *                     what its decision says, not what it was recommended
 */
public record Question(String text, AnswerType type, List<ContentLemmas.Term> terms, Set<String> verbs, Integer budgetYear,
                       Integer year, LocalDate at, String organisation, String role, QuestionConstraints constraints,
                       MeetingFact fact, String focus, String party, boolean askedDone) {
}
