package dk.referatarkiv.people;

import dk.referatarkiv.entities.PersonResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A person's mentions, activities and current roles, and the search over persons, come from groups made once; they
 * are what filtering the whole archive for the person gave (the code before the issue "Serve a municipality's whole
 * history", written out here as the reference).
 */
class PeopleLookupTest {

    private static final LocalDate MAY = LocalDate.of(2017, 5, 2);
    private static final LocalDate NOV = LocalDate.of(2024, 11, 20);

    private static PersonResolver persons;
    private static List<Activity> activities;
    private static List<People.Mention> mentions;
    private static RoleTimeline timeline;
    private static People people;

    @BeforeAll
    static void build() {
        persons = PersonResolver.of(List.of(new PersonResolver.Name("", "Henrik Harder"),
                new PersonResolver.Name("", "Anne Arvel"), new PersonResolver.Name("", "Helle Wagner Gehlert"),
                new PersonResolver.Name("", "Helle Gehlert"), new PersonResolver.Name("Vejen", "Jens Hansen"),
                new PersonResolver.Name("Odense", "Jens Hansen"), new PersonResolver.Name("", "Bo Lind")));
        activities = new ArrayList<>();
        mentions = new ArrayList<>();
        String[] ids = {"henrik-harder", "anne-arvel", "helle-wagner-gehlert", "jens-hansen-vejen", "anne-arvel",
                "henrik-harder", "jens-hansen-odense", "anne-arvel"};
        for (int i = 0; i < ids.length; i++) {
            Evidence e = new Evidence("chefforum-2024-11-20", NOV, i + 1, "sagsfremstilling", "sætning " + i, 0, 10);
            activities.add(new Activity(ids[i], ids[i], i % 2 == 0 ? "præsentere" : "orientere", e));
            mentions.add(new People.Mention(ids[i], e));
        }
        List<RoleAssertion> assertions = List.of(
                role("henrik-harder", "kommunaldirektør", NOV, null, RoleAssertion.Status.CURRENT),
                role("anne-arvel", "referenceleder", MAY, null, RoleAssertion.Status.CURRENT),
                role("anne-arvel", "afdelingschef", null, MAY, RoleAssertion.Status.FORMER),
                role("henrik-harder", "kommunaldirektør", MAY, null, RoleAssertion.Status.CURRENT));
        timeline = new RoleTimeline(assertions);
        people = People.of(persons, new People.Readings(assertions, List.of(), activities, mentions));
    }

    @Test
    void aPersonsMentionsAndActivitiesInArchiveOrder() {
        assertEquals(List.of(2, 5, 8), people.mentions("anne-arvel").stream().map(m -> m.evidence().item()).toList());
        assertEquals(List.of("orientere", "præsentere", "orientere"),
                people.activities("anne-arvel").stream().map(Activity::verb).toList());
        assertEquals(List.of(), people.mentions("bo-lind"));
        assertEquals(List.of(), people.activities("nobody-at-all"));
        for (PersonResolver.Person p : persons.persons()) {
            assertEquals(mentions.stream().filter(m -> m.personId().equals(p.id())).toList(), people.mentions(p.id()), p.id());
            assertEquals(activities.stream().filter(a -> a.personId().equals(p.id())).toList(), people.activities(p.id()), p.id());
            assertEquals(timeline.all().stream().filter(a -> p.id().equals(a.personId())).sorted(Comparator.comparing(
                    RoleAssertion::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))).toList(),
                    timeline.ofPerson(p.id()), p.id());
        }
    }

    @Test
    void currentRolesAreTheOpenOnes() {
        assertEquals(List.of("referenceleder"), people.currentRoles("anne-arvel").stream().map(RoleAssertion::role).toList());
        assertEquals(List.of(MAY, NOV), people.currentRoles("henrik-harder").stream().map(RoleAssertion::validFrom).toList());
    }

    @Test
    void aCurrentPostIsGivenOnceFromItsEarliestAssertion() {
        List<RoleAssertion> posts = people.currentPosts("henrik-harder");
        assertEquals(1, posts.size(), posts.toString());
        assertEquals("kommunaldirektør", posts.get(0).role());
        assertEquals(MAY, posts.get(0).validFrom(), "held since the first sentence that says so");
        assertEquals(List.of("referenceleder"), people.currentPosts("anne-arvel").stream().map(RoleAssertion::role).toList());
        assertEquals(List.of(), people.currentPosts("nobody-at-all"));
    }

    @Test
    void searchIsByNameAndAliasSortedByName() {
        assertEquals(List.of("Anne Arvel", "Bo Lind", "Helle Wagner Gehlert", "Henrik Harder", "Jens Hansen", "Jens Hansen"),
                people.search("").stream().map(PersonResolver.Person::name).toList());
        assertSame(people.search(""), people.search("  "), "everyone by name is made once");
        assertEquals(List.of("helle-wagner-gehlert"), people.search("GEHLERT").stream().map(PersonResolver.Person::id).toList());
        assertEquals(List.of("jens-hansen-odense", "jens-hansen-vejen"),
                people.search("hansen").stream().map(PersonResolver.Person::id).sorted().toList());
        for (String q : List.of("", "h", "helle gehlert", "an", "zz", "Jens")) {
            assertEquals(searchedAsBefore(q), people.search(q), q);
        }
    }

    /** The search before the issue: filter every person, then sort by name. */
    private static List<PersonResolver.Person> searchedAsBefore(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        return persons.persons().stream()
                .filter(p -> q.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(q)
                        || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q)))
                .sorted(Comparator.comparing(PersonResolver.Person::name)).toList();
    }

    private static RoleAssertion role(String person, String role, LocalDate from, LocalDate to, RoleAssertion.Status status) {
        LocalDate date = from == null ? to : from;
        return new RoleAssertion(person, person, role, role, "", from, to, status, RoleAssertion.Kind.PARTICIPANT, false,
                new Evidence("m-" + date, date, 0, "header", person, 0, 1));
    }
}
