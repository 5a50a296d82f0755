package dk.referatarkiv.ingest;

import dk.referatarkiv.ingest.MinutesLexicon.HeaderField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelColumnTest {

    private static final List<HeaderField> PLACE_MEMBERS_ABSENT =
            List.of(HeaderField.PLACE, HeaderField.MEMBERS, HeaderField.ABSENT);

    @Test
    void aPlaceEndsAtItsPlaceWordAndNoneEndsTheRun() {
        assertEquals(Optional.of(List.of("Store sal, Nordby Rådhus", "Ida Holm, Bo Ravn, Per Skovhus", "Ingen")),
                LabelColumn.values(PLACE_MEMBERS_ABSENT, "Store sal, Nordby Rådhus Ida Holm, Bo Ravn, Per Skovhus Ingen"));
        assertEquals(Optional.of(List.of("Mødelokale 3", "Ida Holm")),
                LabelColumn.values(List.of(HeaderField.PLACE, HeaderField.ABSENT), "Mødelokale 3 Ida Holm"));
    }

    @Test
    void aWordThatOnlyEndsInThePlaceNounsLettersIsNoPlace() {
        // a surname ending in "hus", a first name ending in "hal": the dictionary reads neither as a place noun
        assertEquals(Optional.empty(), LabelColumn.values(List.of(HeaderField.PLACE, HeaderField.ABSENT), "Bo Skovhus"));
        assertEquals(Optional.empty(), LabelColumn.values(List.of(HeaderField.PLACE, HeaderField.ABSENT), "Michal Holm"));
    }

    @Test
    void aRunTheKindsCannotCutIsNotCut() {
        // no place word: where the place ends is not known
        assertEquals(Optional.empty(), LabelColumn.values(PLACE_MEMBERS_ABSENT, "Nordby, Ida Holm, Bo Ravn Ingen"));
        // members and absentees with names on both sides: where the members end is not known
        assertEquals(Optional.empty(), LabelColumn.values(PLACE_MEMBERS_ABSENT, "Mødesalen Ida Holm, Bo Ravn"));
        assertEquals(Optional.empty(), LabelColumn.values(List.of(HeaderField.SUBSTITUTE, HeaderField.MEMBERS),
                "Ida Holm (A) Bo Ravn (V) -"));
    }

    @Test
    void theHeaderReaderGivesEachLabelOfAColumnItsValue() {
        // a header table a PDF conversion read column by column: the labels one under the other, their values run
        // together after the last label
        MeetingHeader header = read("Tidspunkt 17:00", "Lokale", "Deltagere",
                "Afbud Mødesalen, Nordby Rådhus Ida Holm, Bo Ravn, Per Lund Ingen Gæster");
        assertEquals("Mødesalen, Nordby Rådhus", header.place);
        assertEquals(List.of("Ida Holm", "Bo Ravn", "Per Lund"), header.participants.stream().map(Participant::name).toList());
        assertTrue(header.participants.stream().allMatch(p -> p.presence() == Participant.Presence.PRESENT),
                header.participants.toString());
    }

    @Test
    void aLabelLeftEmptyAboveALabelledLineIsReadAsBefore() {
        MeetingHeader header = read("Stedfortræder", "Medlemmer Ida Holm (A) Bo Ravn (V)");
        assertEquals(List.of("Ida Holm", "Bo Ravn"), header.participants.stream().map(Participant::name).toList());
        // two labels are no column: the place left empty, the absentee read as written
        MeetingHeader two = read("Sted", "Fraværende Bo Skovhus");
        assertEquals("", two.place);
        assertEquals(List.of("Bo Skovhus"), two.participants.stream().map(Participant::name).toList());
    }

    private static MeetingHeader read(String... texts) {
        List<SourceLine> lines = new ArrayList<>();
        for (String text : texts) {
            lines.add(new SourceLine(lines.size() + 1, text, 0));
        }
        MeetingHeader header = new MeetingHeader();
        new HeaderReader(MinutesLexicon.DEFAULT).read(lines, 0, lines.size(), new boolean[lines.size()], header);
        return header;
    }
}
