package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateExtractor;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers "who holds role R (in organisation O) [at date D]" and "when does the new R start" from the role
 * timeline, with the sentence that asserts it. Thread-safe.
 */
final class RoleAnswerer {

    private final People people;
    private final Titles titles;
    private final MeetingPreferences preferences;

    RoleAnswerer(People people, Titles titles, MeetingPreferences preferences) {
        this.people = people;
        this.titles = titles;
        this.preferences = preferences;
    }

    /**
     * When the question names a municipality, body or meeting date, an assertion counts only from a meeting that fits
     * it best: the timeline does not know which municipality a role of another archive belongs to. The meetings are
     * ranked once per question, not once per assertion.
     */
    private Predicate<RoleAssertion> fitting(Question q) {
        if (!q.constraints().any()) {
            return a -> true;
        }
        Set<String> best = Set.copyOf(preferences.best(q.constraints(), HeaderFacts.MINIMUM_FIT, Integer.MAX_VALUE));
        return a -> best.contains(a.evidence().meetingId());
    }

    Optional<Answer> answer(Question q) {
        if (q.role() == null || !(q.type() == AnswerType.PERSON || q.type() == AnswerType.DATE)) {
            return Optional.empty();
        }
        String organisation = q.organisation() == null ? "" : q.organisation();
        if (q.type() == AnswerType.DATE) {
            Predicate<RoleAssertion> fits = fitting(q);
            return people.timeline().history(q.role(), organisation).stream()
                    .filter(a -> a.personId() != null && a.validFrom() != null && a.kind() == RoleAssertion.Kind.APPOINTMENT)
                    .filter(fits)
                    .max(Comparator.comparing(RoleAssertion::validFrom))
                    .map(a -> answer(q, AnswerType.DATE, DateExtractor.danish(a.validFrom()) + " (" + a.personName() + ")", a, 0.85));
        }
        if (SpanExtractor.asksOutgoing(q)) {
            // "Hvem er den afgående havnechef?": the timeline knows who holds the post at a date, or comes into it,
            // not who leaves it; the sentences that say so answer
            return Optional.empty();
        }
        LocalDate at = q.at() != null ? q.at() : LocalDate.now();
        List<RoleAssertion> holders = people.timeline().holders(q.role(), organisation, at);
        if (holders.size() != 1 || !fitting(q).test(holders.get(0))) {
            return Optional.empty();
        }
        RoleAssertion holder = holders.get(0);
        return Optional.of(answer(q, AnswerType.PERSON, holder.personName() + context(holder), holder,
                holder.inferred() ? 0.7 : 0.9));
    }

    /** "(midlertidigt, fra 2. maj 2017)", "(afdelingschef for Miljø & Teknik pr. 20. november 2024)". */
    private static String context(RoleAssertion a) {
        String since = a.validFrom() == null ? "" : (a.kind() == RoleAssertion.Kind.PARTICIPANT ? "pr. " : "fra ")
                + DateExtractor.danish(a.validFrom());
        String status = switch (a.status()) {
            case TEMPORARY -> "midlertidigt";
            case ACTING -> "konstitueret";
            case ANNOUNCED -> "tiltræder";
            default -> "";
        };
        String inside = String.join(", ", java.util.stream.Stream.of(status, a.roleAsWritten(), since).filter(s -> !s.isEmpty()).toList());
        return inside.isEmpty() ? "" : " (" + inside + ")";
    }

    private Answer answer(Question q, AnswerType type, String text, RoleAssertion a, double confidence) {
        var e = a.evidence();
        String title = titles.title(e.meetingId(), e.item());
        return new Answer(q.text(), type, text, confidence,
                List.of(new Answer.Evidence(e.meetingId(), e.meetingDate(), e.item(), title, e.section(), e.text(), e.start(), e.end())),
                List.of());
    }
}
