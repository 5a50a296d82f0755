package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateRange;

import java.util.List;
import java.util.Set;

/**
 * What a question says about the meeting it is about: preferences that rank meetings and items, never filters.
 *
 * @param municipality the municipality it names, as the question writes it without a genitive ("Struers" →
 *                     "Struer"), or null
 * @param body         the archive body it names (as the archive writes it, e.g. "Byrådet"), or null
 * @param date         the meeting date or period it names ("den 12. marts 2024", "i september 2023", "i 2023"), or null
 * @param items        item numbers it names ("pkt. 12", "punkterne 4 og 9"), possibly empty
 * @param spans        where these stand in the question text ({start, end}), so that they are not read as words to
 *                     find in the answer
 */
record QuestionConstraints(String municipality, String body, DateRange date, Set<Integer> items, List<int[]> spans) {

    static final QuestionConstraints NONE = new QuestionConstraints(null, null, null, Set.of(), List.of());

    QuestionConstraints {
        items = Set.copyOf(items);
        spans = List.copyOf(spans);
    }

    /** The same constraints without the date: what a meeting fits when the question's date may be its matter's. */
    QuestionConstraints withoutDate() {
        return new QuestionConstraints(municipality, body, null, items, spans);
    }

    boolean any() {
        return municipality != null || body != null || date != null || !items.isEmpty();
    }

    /** True when the character range lies inside one of the constraint spans. */
    boolean covers(int start, int end) {
        return spans.stream().anyMatch(s -> start >= s[0] && end <= s[1]);
    }
}
