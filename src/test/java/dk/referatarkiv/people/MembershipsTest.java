package dk.referatarkiv.people;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.ingest.Participant.Presence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Membership periods from hand-made meetings: the participant lists alone, no text. */
class MembershipsTest {

    @Test
    void consecutiveMeetingsMergeIntoOnePeriod() {
        Memberships m = build(
                meeting("Nordby", "Økonomiudvalget", "2024-01-10", present("Jens Hansen", "A"), present("Mette Friis", "V")),
                meeting("Nordby", "Økonomiudvalget", "2024-02-14", present("Jens Hansen", "A"), present("Mette Friis", "V")),
                meeting("Nordby", "Økonomiudvalget", "2024-03-13", present("Jens Hansen", "A"), present("Mette Friis", "V")));
        Membership jens = only(m, "jens-hansen");
        assertEquals("Økonomiudvalget", jens.body());
        assertEquals("Nordby", jens.municipality());
        assertEquals(AttendanceReader.MEMBER, jens.role());
        assertEquals("A", jens.party());
        assertEquals("Socialdemokratiet", jens.partyName());
        assertEquals(LocalDate.of(2024, 1, 10), jens.from());
        assertEquals(LocalDate.of(2024, 3, 13), jens.to());
        assertEquals(3, jens.meetings());
        assertEquals(0, jens.absences());
        assertEquals(List.of("nordby-oekonomiudvalget-2024-01-10", "nordby-oekonomiudvalget-2024-02-14",
                "nordby-oekonomiudvalget-2024-03-13"), jens.attendances().stream().map(Attendance::meetingId).toList());
    }

    @Test
    void evidenceIsTheEntryInTheMeetingHeader() {
        Meeting first = meeting("Nordby", "Økonomiudvalget", "2024-01-10", present("Jens Hansen", "A"), absent("Lise Kjær", "C", "Afbud"));
        Membership lise = only(build(first), "lise-kjaer");
        Evidence e = lise.attendances().get(0).evidence();
        assertEquals("nordby-oekonomiudvalget-2024-01-10", e.meetingId());
        assertEquals(LocalDate.of(2024, 1, 10), e.meetingDate());
        assertEquals(0, e.item());
        assertEquals("header", e.section());
        assertEquals("Lise Kjær (C)", e.text());
        assertEquals(e.text(), first.headerText().substring(e.start(), e.end()));
        assertTrue(first.headerText().lines().anyMatch(l -> l.startsWith("Fraværende: ") && l.contains(e.text())));
    }

    @Test
    void aPartyChangeSplitsThePeriod() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Mette Friis", "V")),
                meeting("Nordby", "Byrådet", "2020-02-10", present("Mette Friis", "V")),
                meeting("Nordby", "Byrådet", "2020-03-10", present("Mette Friis", "C")),
                meeting("Nordby", "Byrådet", "2020-04-10", present("Mette Friis", "C")));
        List<Membership> periods = m.ofPerson("mette-friis");
        assertEquals(2, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "medlem", "V", "2020-01-10", "2020-02-10", 2);
        assertPeriod(periods.get(1), "medlem", "C", "2020-03-10", "2020-04-10", 2);
    }

    @Test
    void aListWithoutPartyLettersAgreesWithAnyParty() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Mette Friis", "")),
                meeting("Nordby", "Byrådet", "2020-02-10", present("Mette Friis", "V")),
                meeting("Nordby", "Byrådet", "2020-03-10", present("Mette Friis", "")));
        assertPeriod(only(m, "mette-friis"), "medlem", "V", "2020-01-10", "2020-03-10", 3);
    }

    @Test
    void theChairSitsAsFormandAndANewRoleStartsANewPeriod() {
        Memberships m = build(
                meeting("Nordby", "Økonomiudvalget", "2024-01-10", chair("Jens Hansen", "formand", "A"), present("Ole Berg", "F")),
                meeting("Nordby", "Økonomiudvalget", "2024-02-14", chair("Jens Hansen", "Formand", "A"), chair("Ole Berg", "Næstformand", "F")),
                meeting("Nordby", "Økonomiudvalget", "2024-03-13", present("Jens Hansen", "A"), chair("Ole Berg", "næstformand", "F")));
        List<Membership> jens = m.ofPerson("jens-hansen");
        assertEquals(2, jens.size(), jens.toString());
        assertPeriod(jens.get(0), "formand", "A", "2024-01-10", "2024-02-14", 2);
        assertPeriod(jens.get(1), "medlem", "A", "2024-03-13", "2024-03-13", 1);
        List<Membership> ole = m.ofPerson("ole-berg");
        assertPeriod(ole.get(0), "medlem", "F", "2024-01-10", "2024-01-10", 1);
        assertPeriod(ole.get(1), "næstformand", "F", "2024-02-14", "2024-03-13", 2);
    }

    @Test
    void borgmesterIsARoleOnTheCouncilAndTitlesAreNot() {
        Memberships m = build(meeting("Nordby", "Byrådet", "2024-01-10", chair("Egon Fræhr", "Borgmester", "V"),
                chair("Tine Buch", "Forperson", ""), chair("Anna Holm", "Kommunaldirektør", "")));
        assertEquals("borgmester", only(m, "egon-fraehr").role());
        assertEquals("medlem", only(m, "tine-buch").role());
        assertEquals("medlem", only(m, "anna-holm").role());
    }

    @Test
    void anAbsentMemberIsStillAMemberWithTheAbsenceNoted() {
        Memberships m = build(
                meeting("Nordby", "Økonomiudvalget", "2024-01-10", chair("Jens Hansen", "formand", "A"), present("Lise Kjær", "C")),
                meeting("Nordby", "Økonomiudvalget", "2024-02-14", absent("Jens Hansen", "A", "Afbud"), absent("Lise Kjær", "C", "Fraværende med afbud")),
                meeting("Nordby", "Økonomiudvalget", "2024-03-13", chair("Jens Hansen", "formand", "A"), present("Lise Kjær", "C")));
        Membership lise = only(m, "lise-kjaer");
        assertPeriod(lise, "medlem", "C", "2024-01-10", "2024-03-13", 3);
        assertEquals(1, lise.absences());
        Attendance away = lise.attendances().get(1);
        assertEquals(Presence.ABSENT, away.presence());
        assertEquals("Fraværende med afbud", away.note());
        // The chair listed among absentees without a role is still the chair.
        Membership jens = only(m, "jens-hansen");
        assertPeriod(jens, "formand", "A", "2024-01-10", "2024-03-13", 3);
        assertEquals(1, jens.absences());
    }

    @Test
    void aSubstituteIsRecordedAsSubstituteNotMember() {
        Participant substitute = new Participant("Søren Ravn", "", "A", Presence.SUBSTITUTE, "for Lise Kjær");
        Memberships m = build(
                meeting("Nordby", "Økonomiudvalget", "2024-01-10", present("Jens Hansen", "A"), absent("Lise Kjær", "C", "Afbud"), substitute),
                meeting("Nordby", "Økonomiudvalget", "2024-02-14", present("Jens Hansen", "A"), present("Lise Kjær", "C")));
        Membership soeren = only(m, "soeren-ravn");
        assertPeriod(soeren, AttendanceReader.SUBSTITUTE, "A", "2024-01-10", "2024-01-10", 1);
        assertEquals("for Lise Kjær", soeren.attendances().get(0).note());
        assertTrue(m.all().stream().noneMatch(x -> x.personId().equals("soeren-ravn") && x.role().equals("medlem")));
    }

    @Test
    void officialsAreNotMembers() {
        Participant clerk = new Participant("Bo Lind", "Protokolfører", "", Presence.OFFICIAL, "");
        Participant director = new Participant("Anna Holm", "Kommunaldirektør", "", Presence.OFFICIAL, "");
        Memberships m = build(meeting("Nordby", "Økonomiudvalget", "2024-01-10", present("Jens Hansen", "A"), clerk, director));
        assertTrue(m.ofPerson("bo-lind").isEmpty());
        assertTrue(m.ofPerson("anna-holm").isEmpty());
        assertEquals(1, m.all().size());
    }

    @Test
    void aMeetingThatListsItsMembersWithoutThePersonEndsThePeriod() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Jens Hansen", "A"), present("Ole Berg", "F")),
                meeting("Nordby", "Byrådet", "2020-02-10", present("Ole Berg", "F")),
                meeting("Nordby", "Byrådet", "2020-03-10", present("Jens Hansen", "A"), present("Ole Berg", "F")));
        List<Membership> jens = m.ofPerson("jens-hansen");
        assertEquals(2, jens.size(), jens.toString());
        assertPeriod(jens.get(0), "medlem", "A", "2020-01-10", "2020-01-10", 1);
        assertPeriod(jens.get(1), "medlem", "A", "2020-03-10", "2020-03-10", 1);
        assertPeriod(only(m, "ole-berg"), "medlem", "F", "2020-01-10", "2020-03-10", 3);
    }

    @Test
    void aMeetingThatListsOnlyAbsenteesOrNobodyDoesNotEndAPeriod() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Jens Hansen", "A"), present("Ole Berg", "F")),
                meeting("Nordby", "Byrådet", "2020-02-10", absent("Ole Berg", "F", "Afbud")),
                meeting("Nordby", "Byrådet", "2020-03-10"),
                meeting("Nordby", "Byrådet", "2020-04-10", present("Jens Hansen", "A"), present("Ole Berg", "F")));
        assertPeriod(only(m, "jens-hansen"), "medlem", "A", "2020-01-10", "2020-04-10", 2);
        assertPeriod(only(m, "ole-berg"), "medlem", "F", "2020-01-10", "2020-04-10", 3);
    }

    @Test
    void bodiesAndMunicipalitiesAreKeptApart() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Ole Berg", "F")),
                meeting("Nordby", "Økonomiudvalget", "2020-01-15", present("Ole Berg", "F")),
                meeting("Nordby", "Byrådet", "2020-02-10", present("Ole Berg", "F")));
        List<Membership> ole = m.ofPerson("ole-berg");
        assertEquals(2, ole.size());
        assertPeriod(ole.stream().filter(x -> x.body().equals("Byrådet")).findFirst().orElseThrow(), "medlem", "F",
                "2020-01-10", "2020-02-10", 2);
    }

    @Test
    void theSameNameInTwoMunicipalitiesIsTwoPersonsWithTheirOwnSeats() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Jens Hansen", "A")),
                meeting("Odense", "Byrådet", "2020-01-20", present("Jens Hansen", "V")),
                meeting("Nordby", "Byrådet", "2020-02-10", present("Jens Hansen", "A")));
        assertTrue(m.ofPerson("jens-hansen").isEmpty());
        Membership nordby = only(m, "jens-hansen-nordby");
        Membership odense = only(m, "jens-hansen-odense");
        assertPeriod(nordby, "medlem", "A", "2020-01-10", "2020-02-10", 2);
        assertPeriod(odense, "medlem", "V", "2020-01-20", "2020-01-20", 1);
        assertNotEquals(nordby.personId(), odense.personId());
    }

    @Test
    void minutesWithoutMunicipalityJoinTheMunicipalityOfTheirParticipants() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Jens Hansen", "A"), present("Ole Berg", "F")),
                meeting("", "Byrådet", "2020-02-10", present("Jens Hansen", "A"), present("Ole Berg", "F"), present("Kim Holt", "V")),
                meeting("Nordby", "Byrådet", "2020-03-10", present("Jens Hansen", "A"), present("Ole Berg", "F"), present("Kim Holt", "V")));
        Membership jens = only(m, "jens-hansen");
        assertPeriod(jens, "medlem", "A", "2020-01-10", "2020-03-10", 3);
        assertTrue(jens.attendances().get(1).municipalityInferred());
        assertPeriod(only(m, "kim-holt"), "medlem", "V", "2020-02-10", "2020-03-10", 2);
    }

    @Test
    void oneSharedNameDoesNotPlaceAMeeting() {
        Memberships m = build(
                meeting("Nordby", "Byrådet", "2020-01-10", present("Jens Hansen", "A")),
                meeting("", "Byrådet", "2020-02-10", present("Jens Hansen", "A"), present("Kim Holt", "V")));
        List<Membership> jens = m.ofPerson("jens-hansen");
        assertEquals(2, jens.size());
        assertEquals("", jens.get(1).municipality());
    }

    @Test
    void meetingsWithoutDateOrBodyGiveNoSeat() {
        Memberships m = build(meeting("Nordby", "Byrådet", null, present("Jens Hansen", "A")),
                meeting("Nordby", "", "2020-01-10", present("Ole Berg", "F")));
        assertEquals(List.of(), m.all());
    }

    @Test
    void theOrderOfTheMeetingsDoesNotMatter() {
        List<Meeting> meetings = new ArrayList<>();
        for (int month = 1; month <= 9; month++) {
            String party = month <= 5 ? "V" : "C";
            meetings.add(meeting("Nordby", "Byrådet", "2020-0" + month + "-10", present("Mette Friis", party), present("Ole Berg", "F")));
        }
        List<Membership> expected = build(meetings.toArray(Meeting[]::new)).all();
        assertEquals(3, expected.size());
        Collections.shuffle(meetings, new Random(7));
        assertEquals(expected, build(meetings.toArray(Meeting[]::new)).all());
    }

    /** Resolves names as the entity extractor would (scoped by municipality), then reads and merges. */
    private static Memberships build(Meeting... meetings) {
        List<PersonResolver.Name> names = new ArrayList<>();
        for (Meeting m : meetings) {
            m.participants().forEach(p -> names.add(new PersonResolver.Name(m.municipality(), p.name())));
        }
        AttendanceReader reader = new AttendanceReader(PersonResolver.of(names));
        List<Attendance> attendances = new ArrayList<>();
        for (Meeting m : meetings) {
            attendances.addAll(reader.read(m));
        }
        return Memberships.build(attendances);
    }

    private static Meeting meeting(String municipality, String body, String date, Participant... participants) {
        String id = (municipality.isEmpty() ? "" : municipality.toLowerCase() + "-")
                + body.toLowerCase().replace("ø", "oe").replace("å", "aa") + "-" + date;
        return new Meeting(id, municipality, body, date == null ? null : LocalDate.parse(date), null, null, "",
                List.of(participants), List.of(), id + ".txt");
    }

    private static Participant present(String name, String party) {
        return new Participant(name, "", party, Presence.PRESENT, "");
    }

    private static Participant chair(String name, String role, String party) {
        return new Participant(name, role, party, Presence.PRESENT, "");
    }

    private static Participant absent(String name, String party, String note) {
        return new Participant(name, "", party, Presence.ABSENT, note);
    }

    private static Membership only(Memberships m, String personId) {
        List<Membership> periods = m.ofPerson(personId);
        assertEquals(1, periods.size(), personId + ": " + periods);
        return periods.get(0);
    }

    private static void assertPeriod(Membership m, String role, String party, String from, String to, int meetings) {
        assertEquals(role, m.role(), m.toString());
        assertEquals(party, m.party(), m.toString());
        assertEquals(LocalDate.parse(from), m.from(), m.toString());
        assertEquals(LocalDate.parse(to), m.to(), m.toString());
        assertEquals(meetings, m.meetings(), m.toString());
    }
}
