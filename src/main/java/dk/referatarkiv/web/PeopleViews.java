package dk.referatarkiv.web;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.people.Activity;
import dk.referatarkiv.people.Evidence;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the people and roles endpoints. */
final class PeopleViews {

    private PeopleViews() {
    }

    record PersonRef(String id, String name) {
    }

    record RoleView(PersonRef person, String role, String roleAsWritten, String organisation, LocalDate validFrom,
                    LocalDate validTo, String status, String kind, boolean inferred, Evidence evidence) {
        static RoleView of(RoleAssertion a) {
            return new RoleView(a.personId() == null ? null : new PersonRef(a.personId(), a.personName()), a.role(),
                    a.roleAsWritten(), a.organisation(), a.validFrom(), a.validTo(), a.status().name().toLowerCase(),
                    a.kind().name().toLowerCase(), a.inferred(), a.evidence());
        }
    }

    record PersonSummary(String id, String name, List<String> aliases, List<RoleView> currentRoles, int mentions) {
        static PersonSummary of(PersonResolver.Person p, People people) {
            return new PersonSummary(p.id(), p.name(), p.aliases(),
                    people.currentRoles(p.id()).stream().map(RoleView::of).toList(), people.mentions(p.id()).size());
        }
    }

    record ActivityView(String verb, Evidence evidence) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.verb(), a.evidence());
        }
    }

    record PersonDetail(String id, String name, List<String> aliases, List<RoleView> roles, List<ActivityView> activities,
                        List<Evidence> mentions) {
        static PersonDetail of(PersonResolver.Person p, People people) {
            return new PersonDetail(p.id(), p.name(), p.aliases(),
                    people.timeline().ofPerson(p.id()).stream().map(RoleView::of).toList(),
                    people.activities(p.id()).stream().map(ActivityView::of).toList(),
                    people.mentions(p.id()).stream().map(People.Mention::evidence).toList());
        }
    }

    record RoleAnswer(String role, String organisation, LocalDate at, List<RoleView> holders, List<RoleView> history) {
    }
}
