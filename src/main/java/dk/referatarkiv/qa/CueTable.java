package dk.referatarkiv.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = CueTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected value<TAB>expression");
                }
                rows.add(Map.entry(Enum.valueOf(type, cols[0].strip()),
                        Pattern.compile(cols[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueTable<>(rows);
    }
}
