package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The best-fitting meetings a question's constraints select are those a score of every meeting selects: the
 * meetings the ranking looks up by municipality, body and year hold every meeting that fits at all. Checked on the
 * real-world minutes (35 municipalities, many bodies and dates) with the constraints their own meetings give, in the
 * forms questions write them: genitive, definite or bare body, day, month or year, and names no meeting has.
 */
class MeetingPreferencesRankingTest {

    private static final Path CORPUS = TestData.REALWORLD.resolve("corpus");

    @Test
    void theLookedUpMeetingsRankAsAScoreOfEveryMeetingDoes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no real-world corpus under " + CORPUS + "; skipping");
        Corpus corpus = TestData.load(CORPUS);
        MeetingPreferences preferences = new MeetingPreferences(corpus);
        List<QuestionConstraints> asked = new ArrayList<>();
        for (Meeting m : corpus.meetings()) {
            List<String> municipalities = new ArrayList<>(java.util.Arrays.asList(null, m.municipality(),
                    m.municipality() + "s", "Sønderby"));
            List<String> bodies = new ArrayList<>(java.util.Arrays.asList(null, m.body(), m.body() + "et",
                    m.body().replaceAll("(et|en)$", ""), "Teknisk Udvalg"));
            List<DateRange> dates = new ArrayList<>(java.util.Collections.singletonList(null));
            if (m.date() != null) {
                LocalDate d = m.date();
                dates.add(new DateRange(d, d, DateRange.Precision.DAY, false));
                dates.add(new DateRange(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()), DateRange.Precision.MONTH, false));
                dates.add(new DateRange(d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear()), DateRange.Precision.YEAR, false));
                dates.add(new DateRange(d.plusDays(3), d.plusDays(3), DateRange.Precision.DAY, false));
                dates.add(new DateRange(d.minusYears(2), null, DateRange.Precision.DAY, false));
            }
            for (String municipality : municipalities) {
                for (String body : bodies) {
                    for (DateRange date : dates) {
                        asked.add(new QuestionConstraints(municipality, body, date, Set.of(), List.of()));
                    }
                }
            }
        }
        int fitting = 0;
        // every n-th constraint, so that each meeting's constraints are among those checked, about 3,000 in all
        int step = Math.max(1, asked.size() / 3_000);
        for (int i = 0; i < asked.size(); i += step) {
            QuestionConstraints c = asked.get(i);
            if (!c.any()) {
                continue;
            }
            List<String> expected = byScoringEvery(preferences, corpus, c);
            assertEquals(expected, preferences.best(c, 0, Integer.MAX_VALUE), c.toString());
            if (expected.size() < corpus.meetings().size()) {
                fitting++;
            }
        }
        assertTrue(fitting > 500, "most constraints fit some meetings better than others: " + fitting);
    }

    /**
     * A meeting found only by its date ties or beats the named ones when none of those fits better than a date alone:
     * the ranking then scores the dated meetings too, and keeps ties. Made-up meetings.
     */
    @Test
    void aMeetingOfTheDateAloneIsRankedWhenNoNamedOneFitsBetter() {
        LocalDate day = LocalDate.of(2024, 5, 14);
        Corpus corpus = new Corpus(List.of(
                meeting("a", "Sønderby", "Byrådet", LocalDate.of(2023, 3, 1)),
                meeting("b", "Nordby", "Teknisk Udvalg", day),
                meeting("c", "Sønderby", "Socialudvalget", LocalDate.of(2020, 1, 10)),
                meeting("d", "Østby", "Byrådet", day)), List.of(), "f");
        MeetingPreferences preferences = new MeetingPreferences(corpus);
        DateRange onTheDay = new DateRange(day, day, DateRange.Precision.DAY, false);
        // the municipality and the day of one meeting: that meeting
        assertEquals(List.of("b"), preferences.best(constraints("Nordby", onTheDay), 0, 10));
        // a municipality without meetings and the day: the two meetings of the day tie
        assertEquals(List.of("b", "d"), preferences.best(constraints("Vestby", onTheDay), 0, 10));
        // the named municipality's meetings fit by it only (1 of 3), those of the day by the date (2 of 3): the day's
        assertEquals(List.of("b", "d"), preferences.best(constraints("Sønderby", onTheDay), 0, 10));
        for (String municipality : List.of("Nordby", "Vestby", "Sønderby")) {
            assertEquals(byScoringEvery(preferences, corpus, constraints(municipality, onTheDay)),
                    preferences.best(constraints(municipality, onTheDay), 0, 10), municipality);
        }
    }

    private static QuestionConstraints constraints(String municipality, DateRange date) {
        return new QuestionConstraints(municipality, null, date, Set.of(), List.of());
    }

    private static Meeting meeting(String id, String municipality, String body, LocalDate date) {
        return new Meeting(id, municipality, body, date, null, null, "", List.of(), List.of(), id + ".txt");
    }

    /** The meetings with the highest preference, in id order, from a score of every meeting. */
    private static List<String> byScoringEvery(MeetingPreferences preferences, Corpus corpus, QuestionConstraints c) {
        double top = corpus.meetings().stream().mapToDouble(m -> preferences.preference(m.id(), c)).max().orElse(0);
        return corpus.meetings().stream().map(Meeting::id)
                .filter(id -> preferences.preference(id, c) >= top - 1e-9)
                .distinct().sorted(Comparator.naturalOrder()).toList();
    }
}
