package dk.referatarkiv.people;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.ingest.Participant.Presence;
import dk.referatarkiv.internal.Slugs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies, their members and chairs from hand-made meetings (invented municipalities and people). */
class BodyDirectoryTest {

    private static final List<Meeting> MEETINGS = List.of(
            meeting("Vejen", "Økonomiudvalget", "2024-01-10", chair("Jens Hansen", "A"), member("Mette Friis", "V")),
            meeting("Vejen", "Økonomiudvalget", "2024-03-13", chair("Jens Hansen", "A"), member("Mette Friis", "V")),
            meeting("Vejen", "Økonomiudvalget", "2024-05-08", member("Jens Hansen", "A"), chair("Mette Friis", "V")),
            meeting("Vejen", "Byrådet", "2024-02-01", member("Jens Hansen", "A")),
            meeting("Åby", "Økonomiudvalget", "2024-02-20", chair("Ida Krog", "F")),
            meeting("Åby", "", "2024-02-21", member("Ida Krog", "F")));

    @Test
    void sameNamedBodiesOfTwoMunicipalitiesAreTwoBodies() {
        BodyDirectory directory = build(MEETINGS);
        assertEquals(List.of("vejen-byraadet", "vejen-oekonomiudvalget", "aaby-oekonomiudvalget"),
                directory.bodies().stream().map(BodyDirectory.Body::id).toList(), "by municipality, then name");
        BodyDirectory.Body aaby = directory.body("aaby-oekonomiudvalget").orElseThrow();
        assertEquals("Økonomiudvalget", aaby.name());
        assertEquals("Åby", aaby.municipality());
        assertEquals(List.of("ida-krog"), aaby.members().stream().map(Membership::personId).toList());
        assertEquals(3, directory.body("vejen-oekonomiudvalget").orElseThrow().meetings().size());
        assertTrue(directory.body("oekonomiudvalget").isEmpty());
    }

    @Test
    void meetingsNewestFirstAndTheirDates() {
        BodyDirectory.Body committee = build(MEETINGS).body("vejen-oekonomiudvalget").orElseThrow();
        assertEquals(List.of(LocalDate.parse("2024-05-08"), LocalDate.parse("2024-03-13"), LocalDate.parse("2024-01-10")),
                committee.meetings().stream().map(Meeting::date).toList());
        assertEquals(LocalDate.parse("2024-01-10"), committee.firstMeeting());
        assertEquals(LocalDate.parse("2024-05-08"), committee.lastMeeting());
    }

    @Test
    void membersOverTimeAndTheChairs() {
        BodyDirectory.Body committee = build(MEETINGS).body("vejen-oekonomiudvalget").orElseThrow();
        List<String> members = committee.members().stream()
                .map(m -> m.personId() + " " + m.role() + " " + m.from() + " " + m.to()).toList();
        assertEquals(List.of("jens-hansen formand 2024-01-10 2024-03-13", "mette-friis medlem 2024-01-10 2024-03-13",
                "mette-friis formand 2024-05-08 2024-05-08", "jens-hansen medlem 2024-05-08 2024-05-08"), members,
                "oldest first, then by role and name");
        assertEquals(List.of("jens-hansen", "mette-friis"),
                committee.chairs().stream().map(Membership::personId).toList());
        assertEquals("mette-friis", committee.currentChair().orElseThrow().personId());
        assertTrue(build(MEETINGS).body("vejen-byraadet").orElseThrow().currentChair().isEmpty());
    }

    @Test
    void aMeetingKnowsItsBodyAndAMeetingWithoutABodyHasNone() {
        BodyDirectory directory = build(MEETINGS);
        assertEquals("vejen-oekonomiudvalget", directory.bodyOf("vejen-oekonomiudvalget-2024-03-13").orElseThrow());
        assertTrue(directory.bodyOf("aaby--2024-02-21").isEmpty());
        assertTrue(directory.bodyOf("no-such-meeting").isEmpty());
    }

    /** Minutes that do not name their municipality are placed where their participants are, as the seats are. */
    @Test
    void aBodyWithoutAMunicipalityTakesItsParticipants() {
        List<Meeting> meetings = new ArrayList<>(MEETINGS);
        meetings.add(meeting("", "Økonomiudvalget", "2024-06-12", chair("Mette Friis", "V"), member("Jens Hansen", "A")));
        BodyDirectory directory = build(meetings);
        BodyDirectory.Body committee = directory.body("vejen-oekonomiudvalget").orElseThrow();
        assertEquals(4, committee.meetings().size());
        assertEquals(LocalDate.parse("2024-06-12"), committee.currentChair().orElseThrow().to());
        assertTrue(directory.body("oekonomiudvalget").isEmpty());
    }

    @Test
    void membershipsOfOneBodyIgnoreCase() {
        Memberships memberships = memberships(MEETINGS);
        assertEquals(4, memberships.ofBody("vejen", "ØKONOMIUDVALGET").size());
        assertEquals(1, memberships.ofBody("Åby", "Økonomiudvalget").size());
        assertEquals(List.of(), memberships.ofBody("", "Økonomiudvalget"));
    }

    @Test
    void theIdIsTheSlugOfMunicipalityAndName() {
        assertEquals("egeskov-oekonomiudvalget", BodyDirectory.id("Egeskov", "Økonomiudvalget"));
        assertEquals("chefforum", BodyDirectory.id("", "Chefforum"));
    }

    private static BodyDirectory build(List<Meeting> meetings) {
        return BodyDirectory.build(meetings, memberships(meetings));
    }

    private static Memberships memberships(List<Meeting> meetings) {
        List<PersonResolver.Name> names = new ArrayList<>();
        for (Meeting m : meetings) {
            if (!m.municipality().isEmpty()) {
                m.participants().forEach(p -> names.add(new PersonResolver.Name(m.municipality(), p.name())));
            }
        }
        AttendanceReader reader = new AttendanceReader(PersonResolver.of(names));
        List<Attendance> attendances = new ArrayList<>();
        meetings.forEach(m -> attendances.addAll(reader.read(m)));
        return Memberships.build(attendances);
    }

    private static Meeting meeting(String municipality, String body, String date, Participant... participants) {
        String id = Slugs.slug(municipality) + "-" + (body.isEmpty() ? "" : Slugs.slug(body)) + "-" + date;
        return new Meeting(id, municipality, body, LocalDate.parse(date), null, null, "", List.of(participants),
                List.of(), id + ".txt");
    }

    private static Participant member(String name, String party) {
        return new Participant(name, "", party, Presence.PRESENT, "");
    }

    private static Participant chair(String name, String party) {
        return new Participant(name, "Formand", party, Presence.PRESENT, "");
    }
}
