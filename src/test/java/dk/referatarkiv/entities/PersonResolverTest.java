package dk.referatarkiv.entities;

import dk.referatarkiv.entities.PersonResolver.Name;
import dk.referatarkiv.entities.PersonResolver.Person;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identities scoped by municipality: the same name in two municipalities is two persons. */
class PersonResolverTest {

    @Test
    void theSameNameInTwoMunicipalitiesIsTwoPersons() {
        PersonResolver r = PersonResolver.of(List.of(new Name("Nordby", "Jens Hansen"), new Name("Odense", "Jens Hansen"),
                new Name("Nordby", "Mette Friis")));
        Person nordby = r.person("Nordby", "Jens Hansen").orElseThrow();
        Person odense = r.person("Odense", "Jens Hansen").orElseThrow();
        assertNotEquals(nordby, odense);
        assertEquals("jens-hansen-nordby", nordby.id());
        assertEquals("jens-hansen-odense", odense.id());
        assertEquals("Nordby", nordby.municipality());
        // A name only one municipality uses keeps its plain slug.
        assertEquals("mette-friis", r.person("Nordby", "Mette Friis").orElseThrow().id());
        assertTrue(r.person("Odense", "Mette Friis").isEmpty());
        // Without a municipality the name is ambiguous.
        assertTrue(r.person("Jens Hansen").isEmpty());
        assertEquals(3, r.persons().size());
    }

    @Test
    void aNameFromMinutesWithoutMunicipalityJoinsTheOneMunicipalityThatUsesIt() {
        PersonResolver r = PersonResolver.of(List.of(new Name("", "Per Holt"), new Name("Sønderby", "Per Holt"),
                new Name("", "Helle Gehlert"), new Name("Albertslund", "Helle Wagner Gehlert"), new Name("Albertslund", "Helle Gehlert")));
        Person per = r.person("Sønderby", "Per Holt").orElseThrow();
        assertEquals(per, r.person("", "Per Holt").orElseThrow());
        assertEquals("per-holt", per.id());
        assertEquals("Sønderby", per.municipality());
        // Within the municipality the short form joins the long one, and the unknown minutes' name joins both.
        Person helle = r.person("", "Helle Gehlert").orElseThrow();
        assertEquals("helle-wagner-gehlert", helle.id());
        assertEquals(List.of("Helle Gehlert"), helle.aliases());
        assertEquals("Albertslund", helle.municipality());
        assertEquals(2, r.persons().size());
    }

    /** Regression: "Ole Vang Berg" of minutes without municipality became Nordby's "Ole Berg". */
    @Test
    void shortFormsDoNotCrossFromMinutesWithoutMunicipality() {
        PersonResolver r = PersonResolver.of(List.of(new Name("", "Ole Vang Berg"), new Name("Nordby", "Ole Berg")));
        Person unplaced = r.person("", "Ole Vang Berg").orElseThrow();
        Person nordby = r.person("Nordby", "Ole Berg").orElseThrow();
        assertNotEquals(unplaced, nordby);
        assertEquals("", unplaced.municipality());
        assertEquals(List.of(), nordby.aliases());
    }

    @Test
    void aNameFromMinutesWithoutMunicipalityThatTwoMunicipalitiesUseStaysApart() {
        PersonResolver r = PersonResolver.of(List.of(new Name("", "Jens Hansen"), new Name("Nordby", "Jens Hansen"),
                new Name("Odense", "Jens Hansen")));
        Person unknown = r.person("", "Jens Hansen").orElseThrow();
        assertEquals("jens-hansen", unknown.id());
        assertEquals("", unknown.municipality());
        assertEquals(3, r.persons().stream().map(Person::id).distinct().count());
    }

    @Test
    void shortFormsJoinOnlyWithinTheirMunicipality() {
        PersonResolver r = PersonResolver.of(List.of(new Name("Nordby", "Helle Gehlert"), new Name("Odense", "Helle Wagner Gehlert")));
        assertEquals("helle-gehlert", r.person("Nordby", "Helle Gehlert").orElseThrow().id());
        assertEquals("helle-wagner-gehlert", r.person("Odense", "Helle Wagner Gehlert").orElseThrow().id());
        assertTrue(r.person("Odense", "Helle Gehlert").isEmpty());
    }

    @Test
    void aFirstNameResolvesWithinTheMunicipalityOfItsMeeting() {
        PersonResolver r = PersonResolver.of(List.of(new Name("Nordby", "Jens Hansen"), new Name("Odense", "Jens Hansen")));
        assertEquals("jens-hansen-odense", r.resolve("Odense", "Jens", List.of("Jens Hansen"), List.of()).orElseThrow().id());
        assertEquals("jens-hansen-nordby", r.byId("jens-hansen-nordby").orElseThrow().id());
    }
}
