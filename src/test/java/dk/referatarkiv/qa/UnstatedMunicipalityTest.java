package dk.referatarkiv.qa;

import dk.referatarkiv.entities.DateRange;
import dk.referatarkiv.ingest.AgendaItem;
import dk.referatarkiv.ingest.Corpus;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Section;
import dk.referatarkiv.ingest.SectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Minutes that do not state their municipality half-fit a question naming one when their text mentions it: by a
 * capitalised word or by the municipality's web domain. Made-up meetings.
 */
class UnstatedMunicipalityTest {

    private static Meeting meeting(String id, String text) {
        Section section = new Section(SectionKind.SAGSFREMSTILLING, "Sagsfremstilling", text, List.of(), 3);
        AgendaItem item = new AgendaItem(1, "Høring", "Høring", null, "", "", List.of(section), 2, false);
        return new Meeting(id, "", "Byrådet", LocalDate.of(2031, 5, 6), null, null, "", List.of(), List.of(item), id + ".txt");
    }

    @Test
    void theWebDomainOrANameInTheTextMentionsTheMunicipality() {
        MeetingPreferences preferences = new MeetingPreferences(new Corpus(List.of(
                meeting("by-domain", "Forslaget kan ses på www.soenderby.dk/hoering frem til fristen."),
                meeting("by-name", "Forslaget gælder hele Sønderby Kommune."),
                meeting("neither", "Forslaget kan ses på kommunens hjemmeside.")), List.of(), "f"));
        QuestionConstraints asked = new QuestionConstraints("Sønderby", null, null, Set.of(), List.of());
        assertEquals(0.5, preferences.preference("by-domain", asked), 1e-9);
        assertEquals(0.5, preferences.preference("by-name", asked), 1e-9);
        assertEquals(0.0, preferences.preference("neither", asked), 1e-9);
        assertEquals(Set.of("by-domain", "by-name"), Set.copyOf(preferences.best(asked, 0.1, 5)));
    }

    @Test
    void judgedOnWhatTheyStateTheyFitAsWellAsTheirBodyAndDateDo() {
        Meeting stated = new Meeting("stated", "Nordby", "Byrådet", LocalDate.of(2031, 5, 6), null, null, "", List.of(),
                List.of(), "stated.txt");
        MeetingPreferences preferences = new MeetingPreferences(new Corpus(List.of(stated,
                meeting("unstated", "Forslaget kan ses på kommunens hjemmeside."),
                meeting("mentioning", "Forslaget gælder hele Sønderby Kommune.")), List.of(), "f"));
        QuestionConstraints municipalityOnly = new QuestionConstraints("Sønderby", null, null, Set.of(), List.of());
        var stating = preferences.statedFits(municipalityOnly);
        assertEquals(1.0, stating.applyAsDouble("unstated"), 1e-9); // nothing asked that the minutes state
        assertEquals(0.5, stating.applyAsDouble("mentioning"), 1e-9); // as the preference: a mention half-fits
        assertEquals(0.0, stating.applyAsDouble("stated"), 1e-9); // another municipality, stated
        DateRange twoYearsLater = new DateRange(LocalDate.of(2033, 9, 1), LocalDate.of(2033, 9, 30), DateRange.Precision.MONTH, false);
        QuestionConstraints withBodyAndDate = new QuestionConstraints("Sønderby", "Byrådet", twoYearsLater, Set.of(), List.of());
        // the body fits, the date does not: one of the three weights stated (1 + 0 of 1 + 2)
        assertEquals(1 / 3.0, preferences.statedFits(withBodyAndDate).applyAsDouble("unstated"), 1e-9);
        assertEquals(0.25, preferences.preference("unstated", withBodyAndDate), 1e-9); // the unstated counted as not fitting
    }

    @Test
    void anUnstatedBodyOrDateIsLeftOutOfTheComparisonToo() {
        Meeting bodyless = new Meeting("bodyless", "Sønderby", "", LocalDate.of(2031, 5, 6), null, null, "", List.of(),
                List.of(), "bodyless.txt");
        Meeting undated = new Meeting("undated", "Sønderby", "Byrådet", null, null, null, "", List.of(), List.of(),
                "undated.txt");
        MeetingPreferences preferences = new MeetingPreferences(new Corpus(List.of(bodyless, undated), List.of(), "f"));
        DateRange thatDay = new DateRange(LocalDate.of(2031, 5, 6), LocalDate.of(2031, 5, 6), DateRange.Precision.DAY, false);
        QuestionConstraints asked = new QuestionConstraints("Sønderby", "Byrådet", thatDay, Set.of(), List.of());
        var stating = preferences.statedFits(asked);
        assertEquals(1.0, stating.applyAsDouble("bodyless"), 1e-9); // municipality and date fit: 3 of 3 stated
        assertEquals(1.0, stating.applyAsDouble("undated"), 1e-9); // municipality and body fit: 2 of 2 stated
        assertEquals(0.75, preferences.preference("bodyless", asked), 1e-9); // 3 of 4 asked
        assertEquals(0.5, preferences.preference("undated", asked), 1e-9); // 2 of 4 asked
    }
}
