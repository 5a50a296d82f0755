package dk.referatarkiv.people;

import dk.referatarkiv.entities.CorpusEntities;
import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.eval.GroupedCrossValidation;
import dk.referatarkiv.ingest.Meeting;
import dk.referatarkiv.ingest.Participant;
import dk.referatarkiv.ingest.Participant.Presence;
import dk.referatarkiv.nlp.AnnotatedCorpus;
import dk.referatarkiv.testing.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memberships read from the real-world development minutes ({@code ../shared/realworld/corpus}); skipped when the
 * minutes are absent. The assertions name no person, date or line of those minutes: they are properties every reading
 * must have (each party letter listed kept, evidence that points into the header, a municipality inferred only as the
 * manifest has it) and the counts the reading gives today, checked by hand against the minutes when they were taken.
 * A count that changes is to be checked the same way before the figure is updated: it may be a regression.
 */
class MembershipsRealWorldTest {

    private static final Path CORPUS = TestData.REALWORLD.resolve("corpus");
    private static final Path MANIFEST = TestData.REALWORLD.resolve("MANIFEST.tsv");
    private static People people;
    private static CorpusEntities entities;
    private static List<Meeting> meetings;
    private static Map<String, Meeting> byId;
    private static List<Attendance> attendances;
    private static List<Membership> memberships;

    @BeforeAll
    static void build() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no real-world minutes under " + CORPUS + "; skipping");
        AnnotatedCorpus annotated = AnnotatedCorpus.annotate(TestData.load(CORPUS), TestData.pipeline());
        entities = TestData.entitiesOf(annotated);
        people = People.build(annotated, entities, TestData.gazetteer());
        meetings = annotated.corpus().meetings();
        byId = meetings.stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        attendances = people.readings().attendances();
        memberships = people.memberships().all();
    }

    @Test
    void howManyMeetingsSeatsAndPersonsTheListsGive() {
        assertEquals(47, attendances.stream().map(Attendance::meetingId).distinct().count(), "meetings with seats");
        assertEquals(483, attendances.size(), "attendances");
        assertEquals(433, memberships.size(), "membership periods");
        assertEquals(408, memberships.stream().map(Membership::personId).distinct().count(), "persons with a seat");
        assertEquals(49, count(memberships, m -> m.meetings() >= 2), "periods over two meetings or more");
        // One person is listed twice in one meeting; a period counts the meeting once.
        assertEquals(482, memberships.stream().mapToInt(Membership::meetings).sum(), "attendances in the periods");
        for (Membership m : memberships) {
            assertEquals(m.attendances().get(0).date(), m.from(), m.toString());
            assertEquals(m.attendances().get(m.meetings() - 1).date(), m.to(), m.toString());
            assertTrue(!m.from().isAfter(m.to()), m.toString());
        }
    }

    /**
     * Every attendance cites the participant's entry in its meeting's header: item 0, section header, the text at its
     * offsets in the header text, naming the person (by name or alias), on the meeting's date.
     */
    @Test
    void everyAttendanceCitesItsEntryInTheHeader() {
        for (Attendance a : attendances) {
            Meeting meeting = byId.get(a.meetingId());
            Evidence e = a.evidence();
            assertEquals(0, e.item(), a.toString());
            assertEquals(CorpusEntities.HEADER, e.section(), a.toString());
            assertEquals(e.text(), meeting.headerText().substring(e.start(), e.end()), a.toString());
            assertEquals(meeting.date(), a.date(), a.toString());
            List<String> names = new ArrayList<>(people.persons().byId(a.personId()).orElseThrow().aliases());
            names.add(a.personName());
            assertTrue(names.stream().anyMatch(e.text()::contains), a.toString());
        }
    }

    /**
     * Minutes that do not name their municipality take it from their participants: the municipality so inferred is
     * the manifest's for every such meeting, and a council's list read in such minutes and in minutes that name the
     * municipality makes one period across both.
     */
    @Test
    void aMunicipalityInferredFromTheParticipantsIsTheManifestsAndJoinsThePeriods() throws IOException {
        Map<String, String> manifest = GroupedCrossValidation.municipalities(MANIFEST);
        List<Attendance> inferred = attendances.stream().filter(Attendance::municipalityInferred).toList();
        assertEquals(66, inferred.size(), "attendances whose municipality is inferred");
        assertEquals(4, inferred.stream().map(Attendance::meetingId).distinct().count(), "meetings placed by their participants");
        for (Attendance a : inferred) {
            Meeting meeting = byId.get(a.meetingId());
            assertEquals("", meeting.municipality(), a.toString());
            assertEquals(manifest.get(meeting.sourceFile()), a.municipality(), a.toString());
        }
        // Every attendance placed in a municipality is placed in the manifest's, named or inferred.
        for (Attendance a : attendances) {
            if (!a.municipality().isEmpty()) {
                assertEquals(manifest.get(byId.get(a.meetingId()).sourceFile()), a.municipality(), a.toString());
            }
        }
        assertEquals(25, count(memberships, m -> m.attendances().stream().anyMatch(Attendance::municipalityInferred)
                && m.attendances().stream().anyMatch(a -> !a.municipalityInferred())),
                "periods over a meeting placed by its participants and one that names its municipality");
    }

    /** Every member listed with a party letter has a period on the meeting's body, with that letter, over that meeting. */
    @Test
    void everyPartyLetterListedIsKeptOnTheMembership() {
        int withLetter = 0;
        for (Meeting meeting : meetings) {
            if (meeting.date() == null || meeting.body().isEmpty()) {
                continue;
            }
            for (Participant p : meeting.participants()) {
                if (p.presence() == Presence.OFFICIAL || p.party().isEmpty()) {
                    continue;
                }
                withLetter++;
                Optional<PersonResolver.Person> person = entities.persons().person(meeting.municipality(), p.name());
                assertTrue(person.isPresent(), p + " in " + meeting.id());
                assertTrue(people.memberships(person.get().id()).stream().anyMatch(m -> m.party().equals(p.party())
                        && m.body().equals(meeting.body())
                        && m.attendances().stream().anyMatch(a -> a.meetingId().equals(meeting.id()))),
                        p + " in " + meeting.id() + ": " + people.memberships(person.get().id()));
            }
        }
        assertEquals(231, withLetter, "participants listed with a party letter");
        assertEquals(209, count(memberships, m -> !m.party().isEmpty()), "periods with a party letter");
        assertEquals(204, count(memberships, Membership::forParty), "periods for a party list");
        assertEquals(199, count(memberships, m -> m.forParty() && !m.partyName().isEmpty()),
                "periods for a national party, named");
    }

    /** Chairs and vice chairs written with the name, and substitutes, each in their role, never as members. */
    @Test
    void chairsViceChairsAndSubstitutesSitInTheirRoles() {
        assertEquals(4, meetingsWith(a -> a.role().equals("formand")), "meetings with a chair");
        assertEquals(1, meetingsWith(a -> a.role().equals("næstformand")), "meetings with a vice chair");
        assertEquals(7, meetingsWith(a -> a.role().equals(AttendanceReader.SUBSTITUTE)), "meetings with a substitute");
        assertEquals(4, count(memberships, m -> m.role().equals("formand")));
        assertEquals(1, count(memberships, m -> m.role().equals("næstformand")));
        assertEquals(10, count(memberships, m -> m.role().equals(AttendanceReader.SUBSTITUTE)));
        for (Attendance a : attendances) {
            assertEquals(a.presence() == Presence.SUBSTITUTE, a.role().equals(AttendanceReader.SUBSTITUTE), a.toString());
        }
    }

    /**
     * Absentees stay members, with the absence counted and its reason as written. (Since a header table read column by
     * column is cut into its labels' values, one meeting's 29 members are present, as its header says, where its
     * absentee label had taken them all: absent 125 → 96, present 348 → 377.)
     */
    @Test
    void absenteesAreMembersWithTheAbsenceNoted() {
        assertEquals(96, count(attendances, a -> a.presence() == Presence.ABSENT), "absent attendances");
        assertEquals(94, count(attendances, a -> a.presence() == Presence.ABSENT && !a.note().isEmpty()),
                "absences with a reason written");
        assertEquals(377, count(attendances, a -> a.presence() == Presence.PRESENT), "present attendances");
        assertEquals(94, count(memberships, m -> m.absences() > 0), "periods with an absence");
        assertEquals(96, memberships.stream().mapToInt(Membership::absences).sum(), "absences in the periods");
    }

    /**
     * A person listed in a meeting's header and named in one of its items is one person: the item's sentence is among
     * the listed person's mentions.
     */
    @Test
    void aListedPersonMentionedInTheTextIsOnePerson() {
        Set<String> listedAndMentioned = new HashSet<>();
        Set<String> absentAndMentioned = new HashSet<>();
        for (Attendance a : attendances) {
            if (people.mentions(a.personId()).stream().anyMatch(m -> m.evidence().meetingId().equals(a.meetingId())
                    && m.evidence().item() > 0)) {
                listedAndMentioned.add(a.personId() + "@" + a.meetingId());
                if (a.presence() == Presence.ABSENT) {
                    absentAndMentioned.add(a.personId() + "@" + a.meetingId());
                }
            }
        }
        assertEquals(75, listedAndMentioned.size(), "persons listed and named in an item of the same meeting");
        assertEquals(35, absentAndMentioned.size(), "of them absent");
    }

    /**
     * A person is scoped by municipality: a name used in two municipalities is two persons with two ids, and no
     * period is on a body of another municipality than its person's.
     */
    @Test
    void theSameNameInTwoMunicipalitiesIsTwoPersons() {
        Map<String, List<PersonResolver.Person>> byName = entities.persons().persons().stream()
                .collect(Collectors.groupingBy(PersonResolver.Person::name));
        int shared = 0;
        for (List<PersonResolver.Person> same : byName.values()) {
            Set<String> municipalities = same.stream().map(PersonResolver.Person::municipality).collect(Collectors.toSet());
            if (municipalities.size() > 1) {
                shared++;
                assertEquals(same.size(), same.stream().map(PersonResolver.Person::id).distinct().count(), same.toString());
            }
        }
        assertEquals(1, shared, "names used in two municipalities or more");
        for (Membership m : memberships) {
            String home = people.persons().byId(m.personId()).orElseThrow().municipality();
            assertTrue(home.isEmpty() || m.municipality().isEmpty() || home.equals(m.municipality()), m.toString());
        }
    }

    private long meetingsWith(Predicate<Attendance> which) {
        return attendances.stream().filter(which).map(Attendance::meetingId).distinct().count();
    }

    private static <T> long count(List<T> list, Predicate<T> which) {
        return list.stream().filter(which).count();
    }
}
