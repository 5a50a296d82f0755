package dk.referatarkiv.qa;

import dk.referatarkiv.internal.ResourceLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A documented table of question forms beside this class ({@code question-types.tsv}, {@code header-questions.tsv}):
 * rows of {@code VALUE<TAB>regular expression}, matched (find, case-insensitive) against the question in lower case;
 * the first row that matches gives the value. Immutable and thread-safe.
 *
 * @param <E> the values the table gives
 */
final class CueTable<E extends Enum<E>> {

    /** Question forms that ask for a header fact ({@code header-questions.tsv}). */
    static final CueTable<MeetingFact> MEETING_FACTS = read("header-questions.tsv", MeetingFact.class);
    /** Question words and the answer type they ask for ({@code question-types.tsv}). */
    static final CueTable<AnswerType> ANSWER_TYPES = read("question-types.tsv", AnswerType.class);

    private final List<Map.Entry<E, Pattern>> rows;

    private CueTable(List<Map.Entry<E, Pattern>> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The value of the first row whose expression the question matches. */
    Optional<E> match(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return rows.stream().filter(r -> r.getValue().matcher(lower).find()).map(Map.Entry::getKey).findFirst();
    }

    static <E extends Enum<E>> CueTable<E> read(String resource, Class<E> type) {
        List<Map.Entry<E, Pattern>> rows = new ArrayList<>();
        for (String line : ResourceLines.read(CueTable.class, resource)) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException(resource + ": expected value<TAB>expression in '" + line + "'");
            }
            rows.add(Map.entry(Enum.valueOf(type, cols[0].strip()),
                    Pattern.compile(cols[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return new CueTable<>(rows);
    }
}
