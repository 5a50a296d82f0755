package dk.referatarkiv.web;

import dk.referatarkiv.entities.PersonResolver;
import dk.referatarkiv.people.Activity;
import dk.referatarkiv.people.Attendance;
import dk.referatarkiv.people.BodyDirectory;
import dk.referatarkiv.people.Evidence;
import dk.referatarkiv.people.Membership;
import dk.referatarkiv.people.People;
import dk.referatarkiv.people.RoleAssertion;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

    /**
     * A meeting behind a membership: {@code presence} is {@code present}, {@code absent} or {@code substitute};
     * the evidence is the person's entry in the meeting header (item 0, section {@code header}).
     */
    record AttendanceView(String meetingId, LocalDate date, String presence, String note, boolean municipalityInferred,
                          Evidence evidence) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.meetingId(), a.date(), a.presence().name().toLowerCase(Locale.ROOT), a.note(),
                    a.municipalityInferred(), a.evidence());
        }
    }

    /**
     * A seat on a body from {@code from} to {@code to} (the last meeting seen, inclusive); {@code bodyId} is the id
     * of the body's page ({@code /api/bodies/{id}}).
     */
    record MembershipView(String body, String bodyId, String municipality, String role, String party, String partyName,
                          LocalDate from, LocalDate to, int meetings, int absences, List<AttendanceView> attendances) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.body(), BodyDirectory.id(m.municipality(), m.body()), m.municipality(), m.role(),
                    m.party(), m.partyName(), m.from(), m.to(), m.meetings(), m.absences(),
                    m.attendances().stream().map(AttendanceView::of).toList());
        }
    }

    /** @param currentRoles the person's current roles once each (see {@link People#currentPosts}) */
    record PersonSummary(String id, String name, List<String> aliases, String municipality, List<RoleView> currentRoles,
                         int mentions) {
        static PersonSummary of(PersonResolver.Person p, People people) {
            return new PersonSummary(p.id(), p.name(), p.aliases(), p.municipality(),
                    people.currentPosts(p.id()).stream().map(RoleView::of).toList(), people.mentions(p.id()).size());
        }
    }

    /** A page of persons by name; {@code total} is the number of persons that match. */
    record PersonPage(int total, int page, int size, List<PersonSummary> persons) {
    }

    record ActivityView(String verb, Evidence evidence) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.verb(), a.evidence());
        }
    }

    record PersonDetail(String id, String name, List<String> aliases, String municipality, List<MembershipView> memberships,
                        List<RoleView> roles, List<ActivityView> activities, List<Evidence> mentions) {
        static PersonDetail of(PersonResolver.Person p, People people) {
            return new PersonDetail(p.id(), p.name(), p.aliases(), p.municipality(),
                    people.memberships(p.id()).stream().map(MembershipView::of).toList(),
                    people.timeline().ofPerson(p.id()).stream().map(RoleView::of).toList(),
                    people.activities(p.id()).stream().map(ActivityView::of).toList(),
                    people.mentions(p.id()).stream().map(People.Mention::evidence).toList());
        }
    }

    /** Every holder at the date, and a page of the history, oldest first; {@code total} is the whole history's length. */
    record RoleAnswer(String role, String organisation, LocalDate at, List<RoleView> holders, int total, int page,
                      int size, List<RoleView> history) {
    }
}
