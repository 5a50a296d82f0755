package dk.referatarkiv.qa;

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
}
